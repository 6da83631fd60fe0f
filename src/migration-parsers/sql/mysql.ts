// Reads MySQL/MariaDB SQL into the gate's operations with node-sql-parser. That parser is not the
// server's grammar and rejects valid statements, so a statement it cannot read is classified by its
// leading keywords, and only into kinds whose cost is unknown or honest (`execute`, `backfill`):
// guessing a cheap kind for a statement nobody parsed could let a table copy through.

import pkg from 'node-sql-parser';
import type { ColumnDefault, Operation, OperationKind } from '../../gates/migrations/model.js';
import { codeExcerpt, lineCounter, withoutUndefined } from './source-text.js';
import { splitMysqlStatements } from './mysql-statements.js';

const { Parser } = pkg;

export type MysqlFlavor = 'mysql' | 'mariadb';

export interface MysqlReadOptions {
  firstLine: number;
  safetyAssured: boolean;
  flavor: MysqlFlavor;
}

// node-sql-parser's AST is foreign JSON whose published types are looser than its real shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SqlNode = { [field: string]: any };

type Fields = Omit<Operation, 'safetyAssured' | 'line' | 'code' | 'kind'>;

interface Context {
  base: Pick<Operation, 'safetyAssured' | 'line' | 'code' | 'sql'>;
  parser: InstanceType<typeof Parser>;
  database: string;
}

const ALGORITHMS = new Set(['instant', 'inplace', 'copy']);

export function parseMysqlSql(sql: string, options: MysqlReadOptions): Operation[] {
  const parser = new Parser();
  const database = options.flavor === 'mariadb' ? 'MariaDB' : 'MySQL';
  const lineOf = lineCounter(sql, options.firstLine);
  return splitMysqlStatements(sql).flatMap((statement) => {
    const context: Context = {
      base: {
        safetyAssured: options.safetyAssured,
        line: lineOf(statement.offset),
        code: codeExcerpt(statement.text),
        sql: statement.text,
      },
      parser,
      database,
    };
    const ast = astifyEitherDialect(parser, statement.text, database);
    if (!ast) return [unparsedStatement(context, statement.text)];
    const nodes = Array.isArray(ast) ? ast : [ast];
    return nodes.flatMap((node) => statementOperations(context, node));
  });
}

/**
 * node-sql-parser's MySQL and MariaDB grammars are separate and each rejects some syntax the other
 * accepts; both servers share the statements migrations use, so the other dialect is a second
 * reading before falling back to the leading keywords.
 */
function astifyEitherDialect(parser: InstanceType<typeof Parser>, text: string, database: string): SqlNode | SqlNode[] | undefined {
  for (const dialect of [database, database === 'MariaDB' ? 'MySQL' : 'MariaDB']) {
    try {
      return parser.astify(text, { database: dialect }) as SqlNode | SqlNode[];
    } catch {
      // try the other dialect
    }
  }
  return undefined;
}

function op(context: Context, kind: OperationKind, fields: Fields = {}): Operation {
  return withoutUndefined({ kind, ...context.base, ...fields });
}

function statementOperations(context: Context, node: SqlNode): Operation[] {
  switch (node.type) {
    case 'alter':
      return alterTableOperations(context, node);
    case 'create':
      return createOperations(context, node);
    case 'drop':
      if (node.keyword === 'table') return (node.name ?? []).map((table: SqlNode) => op(context, 'drop_table', { table: tableName(table) }));
      if (node.keyword === 'index') return [op(context, 'remove_index', { table: tableName(node.table), columns: undefined })];
      break;
    case 'rename':
      return (node.table ?? []).map(([from, to]: SqlNode[]) => op(context, 'rename_table', { table: tableName(from), otherTable: tableName(to) }));
    case 'update':
    case 'delete':
      return [op(context, 'backfill', { table: tableName(node.table?.[0]), partial: Boolean(node.where) })];
    case 'insert':
    case 'replace':
      return [insertOperation(context, node)];
    case 'set':
    case 'use':
      return [op(context, 'sql_metadata', { method: String(node.type).toUpperCase() })];
    case 'transaction':
      // BEGIN/COMMIT change nothing; MySQL commits DDL implicitly whatever they say.
      return [];
  }
  return [op(context, 'execute', { method: String(node.type ?? 'unknown').toUpperCase() })];
}

function alterTableOperations(context: Context, node: SqlNode): Operation[] {
  const table = tableName(node.table?.[0]);
  const actions: SqlNode[] = node.expr ?? [];
  const algorithm = actions.find((action) => action.resource === 'algorithm')?.algorithm;
  const mysqlAlgorithm = ALGORITHMS.has(String(algorithm).toLowerCase()) ? (String(algorithm).toLowerCase() as Operation['mysqlAlgorithm']) : undefined;
  const operations = actions
    // ALGORITHM= and LOCK= say how the other actions run; they are not changes of their own.
    .filter((action) => action.resource !== 'algorithm' && action.resource !== 'lock')
    .flatMap((action) => alterAction(context, table, action));
  // One ALTER TABLE with several changes is one copy of the table in MySQL, like Rails `bulk: true`.
  const bulk = operations.length > 1 ? true : undefined;
  return operations.map((operation) => ({ ...operation, ...(mysqlAlgorithm ? { mysqlAlgorithm } : {}), ...(bulk ? { bulk } : {}) }));
}

function alterAction(context: Context, table: string, action: SqlNode): Operation[] {
  const column = columnName(action.column);
  if (action.resource === 'column') {
    switch (action.action) {
      case 'add':
        return [op(context, 'add_column', { table, columns: [column], ...columnDefinition(context, action) })];
      case 'drop':
        return [op(context, 'remove_column', { table, columns: [column] })];
      case 'modify':
        return [op(context, 'change_column', { table, columns: [column], ...columnDefinition(context, action) })];
      case 'change': {
        const oldName = columnName(action.old_column);
        const change = op(context, 'change_column', { table, columns: [oldName], ...columnDefinition(context, action) });
        return oldName === column ? [change] : [change, op(context, 'rename_column', { table, columns: [oldName, column] })];
      }
      case 'rename':
        return [op(context, 'rename_column', { table, columns: [columnName(action.old_column), column] })];
    }
  }
  if (action.resource === 'index' && action.action === 'add') {
    const fulltext = /fulltext|spatial/i.test(String(action.keyword)) ? String(action.keyword).toUpperCase() : undefined;
    return [op(context, 'add_index', { table, columns: indexColumns(action.definition), unique: false, method: fulltext })];
  }
  if (action.resource === 'index' && action.action === 'drop') return [op(context, 'remove_index', { table })];
  if (action.resource === 'constraint' && action.action === 'add') return addConstraint(context, table, action.create_definitions ?? {});
  if (action.resource === 'key' && action.action === 'drop') {
    if (/foreign/i.test(String(action.keyword))) return [op(context, 'remove_foreign_key', { table })];
    return [op(context, 'remove_index', { table })];
  }
  if (action.resource === 'table' && action.action === 'rename') {
    return [op(context, 'rename_table', { table, otherTable: String(action.table ?? '') })];
  }
  return [op(context, 'execute', { table, method: `ALTER TABLE ${String(action.action ?? action.keyword ?? action.resource).toUpperCase()}` })];
}

function addConstraint(context: Context, table: string, definition: SqlNode): Operation[] {
  const type = String(definition.constraint_type ?? '').toLowerCase();
  const columns = indexColumns(definition.definition);
  if (type.startsWith('unique')) return [op(context, 'add_index', { table, columns, unique: true })];
  if (type === 'primary key') return [op(context, 'add_index', { table, columns, unique: true, method: 'PRIMARY KEY' })];
  if (type === 'foreign key') {
    const referenced = definition.reference_definition?.table?.[0];
    return [op(context, 'add_foreign_key', { table, columns, otherTable: tableName(referenced) })];
  }
  if (type === 'check') return [op(context, 'add_check_constraint', { table })];
  return [op(context, 'execute', { table, method: `ADD CONSTRAINT ${type.toUpperCase()}` })];
}

function columnDefinition(context: Context, action: SqlNode): Fields {
  const fields: Fields = { columnType: columnType(context, action.definition ?? {}) };
  if (action.nullable?.type === 'not null') fields.nullable = false;
  else if (action.nullable?.type === 'null') fields.nullable = true;
  if (action.default_val?.value) fields.default = defaultOf(context, action.default_val.value);
  return fields;
}

/** `VARCHAR(255)`, `DECIMAL(12,2)`, `BIGINT UNSIGNED`, `ENUM('a','b')`, lower-cased. */
function columnType(context: Context, definition: SqlNode): string {
  let text = String(definition.dataType ?? '').toLowerCase();
  if (definition.expr) text += safeExprToSql(context, definition.expr).toLowerCase();
  else if (definition.length !== undefined && definition.length !== null) {
    text += definition.scale !== undefined && definition.scale !== null ? `(${definition.length},${definition.scale})` : `(${definition.length})`;
  }
  const suffix: unknown = definition.suffix;
  if (Array.isArray(suffix) && suffix.length > 0) text += ` ${suffix.join(' ').toLowerCase()}`;
  return text;
}

function defaultOf(context: Context, value: SqlNode): ColumnDefault {
  switch (value.type) {
    case 'number':
      return { kind: 'constant', value: Number(value.value) };
    case 'single_quote_string':
    case 'double_quote_string':
    case 'string':
      return { kind: 'constant', value: String(value.value) };
    case 'bool':
    case 'boolean':
      return { kind: 'constant', value: Boolean(value.value) };
    case 'null':
      return { kind: 'constant', value: null };
  }
  return { kind: 'sql', sql: safeExprToSql(context, value) };
}

function createOperations(context: Context, node: SqlNode): Operation[] {
  if (node.keyword === 'table') {
    const columns = (node.create_definitions ?? [])
      .filter((definition: SqlNode) => definition.resource === 'column')
      .map((definition: SqlNode) => columnName(definition.column));
    return [op(context, 'create_table', { table: tableName(node.table?.[0]), columns })];
  }
  if (node.keyword === 'index') {
    const algorithm = String(node.algorithm_option?.algorithm ?? '').toLowerCase();
    const indexType = String(node.index_type ?? '').toLowerCase();
    return [
      op(context, 'add_index', {
        table: tableName(node.table),
        columns: indexColumns(node.index_columns),
        unique: indexType === 'unique',
        method: indexType === 'fulltext' || indexType === 'spatial' ? indexType.toUpperCase() : undefined,
        mysqlAlgorithm: ALGORITHMS.has(algorithm) ? (algorithm as Operation['mysqlAlgorithm']) : undefined,
      }),
    ];
  }
  if (['trigger', 'view', 'function', 'procedure'].includes(String(node.keyword))) {
    return [op(context, 'sql_metadata', { method: `CREATE ${String(node.keyword).toUpperCase()}` })];
  }
  return [op(context, 'execute', { method: `CREATE ${String(node.keyword ?? '').toUpperCase()}` })];
}

function insertOperation(context: Context, node: SqlNode): Operation {
  const table = tableName(node.table?.[0]);
  if (node.values?.type === 'values') return op(context, 'backfill', { table, rowsAffected: node.values.values.length });
  return op(context, 'backfill', { table });
}

// ---- statements node-sql-parser could not read ------------------------------------------------

const IDENTIFIER = String.raw`(?:\x60[^\x60]+\x60|[\w$]+)(?:\s*\.\s*(?:\x60[^\x60]+\x60|[\w$]+))?`;
const UNPARSED_PATTERNS: { pattern: RegExp; kind: OperationKind; method: string }[] = [
  { pattern: new RegExp(String.raw`^ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:IF\s+EXISTS\s+)?(${IDENTIFIER})`, 'i'), kind: 'execute', method: 'ALTER TABLE (unparsed)' },
  { pattern: new RegExp(String.raw`^CREATE\s+(?:OR\s+REPLACE\s+)?(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?${IDENTIFIER}\s+(?:USING\s+\w+\s+)?ON\s+(${IDENTIFIER})`, 'i'), kind: 'execute', method: 'CREATE INDEX (unparsed)' },
  { pattern: new RegExp(String.raw`^(?:OPTIMIZE|ANALYZE|REPAIR)\s+(?:NO_WRITE_TO_BINLOG\s+|LOCAL\s+)?TABLE\s+(${IDENTIFIER})`, 'i'), kind: 'execute', method: 'OPTIMIZE TABLE (unparsed)' },
  { pattern: new RegExp(String.raw`^UPDATE\s+(?:LOW_PRIORITY\s+|IGNORE\s+)*(${IDENTIFIER})`, 'i'), kind: 'backfill', method: 'UPDATE (unparsed)' },
  { pattern: new RegExp(String.raw`^DELETE\s+(?:LOW_PRIORITY\s+|QUICK\s+|IGNORE\s+)*FROM\s+(${IDENTIFIER})`, 'i'), kind: 'backfill', method: 'DELETE (unparsed)' },
  { pattern: new RegExp(String.raw`^(?:INSERT|REPLACE)\s+(?:LOW_PRIORITY\s+|DELAYED\s+|HIGH_PRIORITY\s+|IGNORE\s+)*(?:INTO\s+)?(${IDENTIFIER})`, 'i'), kind: 'backfill', method: 'INSERT (unparsed)' },
  // Stored-program definitions only write the data dictionary; they run nothing when created.
  { pattern: /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(TRIGGER|PROCEDURE|FUNCTION|EVENT)\b/i, kind: 'sql_metadata', method: '' },
];

function unparsedStatement(context: Context, text: string): Operation {
  for (const { pattern, kind, method } of UNPARSED_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (kind === 'sql_metadata') return op(context, kind, { method: `CREATE ${match[1].toUpperCase()}` });
    return op(context, kind, { table: unquote(match[1]), method });
  }
  const keywords = /^\s*(\w+)(?:\s+(\w+))?/.exec(text);
  return op(context, 'execute', { method: `${[keywords?.[1], keywords?.[2]].filter(Boolean).join(' ').toUpperCase()} (unparsed)` });
}

// ---- names -------------------------------------------------------------------------------------

function tableName(table: SqlNode | undefined): string {
  if (!table) return '';
  return table.db ? `${table.db}.${table.table}` : String(table.table ?? '');
}

function columnName(column: SqlNode | string | undefined): string {
  if (typeof column === 'string') return column;
  const name = column?.column;
  // Some versions wrap the name: `{ expr: { type: 'default', value: 'name' } }`.
  if (typeof name === 'string') return name;
  return String(name?.expr?.value ?? '');
}

function indexColumns(definition: unknown): string[] {
  if (!Array.isArray(definition)) return [];
  return definition.map((item: SqlNode) => columnName(item));
}

function unquote(name: string): string {
  return name.replace(/\s*\.\s*/g, '.').replace(/`/g, '');
}

function safeExprToSql(context: Context, expression: SqlNode): string {
  try {
    return context.parser.exprToSQL(expression, { database: context.database });
  } catch {
    return JSON.stringify(expression);
  }
}

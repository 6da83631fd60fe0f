// Reads PostgreSQL SQL (a migration file, or the string of a Rails `execute`) into the gate's
// operations, with the real PostgreSQL parser. Only what the AST says is mapped to a cheap kind;
// every statement this reader does not know becomes `execute`, whose cost is unknown, never free.

import type { ColumnDefault, Operation, OperationKind } from '../../gates/migrations/model.js';
import { codeExcerpt, lineCounter, withoutUndefined } from './source-text.js';
import { splitPostgresStatements, type PgNode, type PgStatement } from './pg-statements.js';
import { expressionText, namesOf, typeText } from './pg-text.js';

export interface SqlReadOptions {
  /** The line of the file the SQL starts on (1 for a whole file; the `execute` call's line for Rails). */
  firstLine: number;
  safetyAssured: boolean;
}

export interface SqlReadError {
  message: string;
  line: number;
}

/** A statement that says something about transactions rather than the schema. */
export interface TransactionFact {
  statement: string;
  line: number;
}

export interface PostgresSqlReading {
  operations: Operation[];
  errors: SqlReadError[];
  /** BEGIN / START TRANSACTION / COMMIT / ROLLBACK written in the SQL. */
  transactionControl: TransactionFact[];
  /** Statements PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...). */
  nonTransactional: TransactionFact[];
  /** Statements in the SQL, transaction control included (a lone statement runs on its own). */
  statementCount: number;
}

export class SqlSyntaxError extends Error {
  constructor(readonly errors: SqlReadError[]) {
    super(errors.map((error) => `line ${error.line}: ${error.message}`).join('; '));
    this.name = 'SqlSyntaxError';
  }
}

/** Operations of `sql`, in order. Throws SqlSyntaxError when a statement does not parse. */
export async function parsePostgresSql(sql: string, options: SqlReadOptions): Promise<Operation[]> {
  const reading = await readPostgresSql(sql, options);
  if (reading.errors.length > 0) throw new SqlSyntaxError(reading.errors);
  return reading.operations;
}

/** Everything the gate needs from PostgreSQL SQL; never throws for bad SQL. */
export async function readPostgresSql(sql: string, options: SqlReadOptions): Promise<PostgresSqlReading> {
  const { statements, errors } = await splitPostgresStatements(sql);
  const lineOf = lineCounter(sql, options.firstLine);
  const reading: PostgresSqlReading = {
    operations: [],
    errors: errors.map((error) => ({ message: error.message, line: lineOf(error.offset) })),
    transactionControl: [],
    nonTransactional: [],
    statementCount: statements.length,
  };
  for (const statement of statements) {
    const line = lineOf(statement.offset);
    const context: Context = {
      statement,
      base: { safetyAssured: options.safetyAssured, line, code: codeExcerpt(statement.text), sql: statement.text },
    };
    if (statement.type === 'TransactionStmt') {
      reading.transactionControl.push({ statement: String(statement.node.kind ?? '').replace('TRANS_STMT_', ''), line });
      continue;
    }
    const refusal = refusesTransactionBlock(statement);
    if (refusal) reading.nonTransactional.push({ statement: refusal, line });
    reading.operations.push(...operationsOf(context));
  }
  return reading;
}

interface Context {
  statement: PgStatement;
  base: Pick<Operation, 'safetyAssured' | 'line' | 'code' | 'sql'>;
}

type Fields = Omit<Operation, 'safetyAssured' | 'line' | 'code' | 'kind'>;

function op(context: Context, kind: OperationKind, fields: Fields = {}): Operation {
  return withoutUndefined({ kind, ...context.base, ...fields });
}

function operationsOf(context: Context): Operation[] {
  const { type, node } = context.statement;
  switch (type) {
    case 'CreateStmt':
      return [op(context, 'create_table', { table: tableName(node.relation), columns: createdColumns(node) }), ...createdForeignKeys(context, node)];
    case 'DropStmt':
      return dropOperations(context, node);
    case 'RenameStmt':
      return [renameOperation(context, node)];
    case 'AlterTableStmt':
      return alterTableOperations(context, node);
    case 'IndexStmt':
      return [
        op(context, 'add_index', {
          table: tableName(node.relation),
          columns: (node.indexParams ?? []).map((param: PgNode) => indexElementText(context, param.IndexElem)),
          unique: Boolean(node.unique || node.primary),
          concurrently: Boolean(node.concurrent),
        }),
      ];
    case 'UpdateStmt':
    case 'DeleteStmt':
      return [op(context, 'backfill', { table: tableName(node.relation), partial: Boolean(node.whereClause) })];
    case 'InsertStmt':
      return [insertOperation(context, node)];
    case 'CommentStmt':
      return [commentOperation(context, node)];
    case 'ClusterStmt':
      return [op(context, 'execute', { table: optionalTableName(node.relation), method: 'CLUSTER' })];
    case 'VacuumStmt':
      return vacuumOperations(context, node);
    case 'ReindexStmt':
      return [
        op(context, 'execute', {
          table: node.kind === 'REINDEX_OBJECT_TABLE' ? optionalTableName(node.relation) : undefined,
          method: 'REINDEX',
          concurrently: hasOption(node.params, 'concurrently') || undefined,
        }),
      ];
  }
  const metadata = catalogOnlyStatement(type, node);
  if (metadata) return [op(context, 'sql_metadata', { method: metadata })];
  return [op(context, 'execute', { method: type })];
}

/** Statements that only change the catalog, named the way a reader of the migration would say them. */
function catalogOnlyStatement(type: string, node: PgNode): string | undefined {
  switch (type) {
    case 'CreateFunctionStmt':
      return node.is_procedure ? 'CREATE PROCEDURE' : 'CREATE FUNCTION';
    case 'CreateEnumStmt':
    case 'CompositeTypeStmt':
    case 'CreateRangeStmt':
      return 'CREATE TYPE';
    case 'CreateDomainStmt':
      return 'CREATE DOMAIN';
    case 'CreateExtensionStmt':
      return 'CREATE EXTENSION';
    case 'ViewStmt':
      return 'CREATE VIEW';
    case 'CreateSeqStmt':
      return 'CREATE SEQUENCE';
    case 'CreateTrigStmt':
      return 'CREATE TRIGGER';
    case 'CreateSchemaStmt':
      return 'CREATE SCHEMA';
    case 'GrantStmt':
    case 'GrantRoleStmt':
      return node.is_grant ? 'GRANT' : 'REVOKE';
    case 'VariableSetStmt':
      return node.kind === 'VAR_SET_VALUE' || node.kind === 'VAR_SET_CURRENT' || node.kind === 'VAR_SET_MULTI' ? 'SET' : 'RESET';
    case 'AlterEnumStmt':
      return node.oldVal ? 'ALTER TYPE RENAME VALUE' : 'ALTER TYPE ADD VALUE';
  }
  return undefined;
}

function dropOperations(context: Context, node: PgNode): Operation[] {
  const objects: string[] = (node.objects ?? []).map((object: PgNode) => qualified(namesOf(object?.List?.items)));
  switch (node.removeType) {
    case 'OBJECT_TABLE':
      return objects.map((table) => op(context, 'drop_table', { table }));
    case 'OBJECT_INDEX':
      // An index name does not name its table; the statement (in `sql`) names the index.
      return objects.map(() => op(context, 'remove_index', { concurrently: Boolean(node.concurrent) }));
  }
  const metadataKinds: Record<string, string> = {
    OBJECT_FUNCTION: 'DROP FUNCTION', OBJECT_PROCEDURE: 'DROP PROCEDURE', OBJECT_TYPE: 'DROP TYPE',
    OBJECT_DOMAIN: 'DROP DOMAIN', OBJECT_VIEW: 'DROP VIEW', OBJECT_SEQUENCE: 'DROP SEQUENCE',
    OBJECT_EXTENSION: 'DROP EXTENSION', OBJECT_TRIGGER: 'DROP TRIGGER', OBJECT_SCHEMA: 'DROP SCHEMA',
  };
  const metadata = metadataKinds[String(node.removeType)];
  if (metadata) return [op(context, 'sql_metadata', { method: metadata })];
  return [op(context, 'execute', { method: `DropStmt ${String(node.removeType)}` })];
}

function renameOperation(context: Context, node: PgNode): Operation {
  switch (node.renameType) {
    case 'OBJECT_TABLE':
      return op(context, 'rename_table', { table: tableName(node.relation), otherTable: node.newname });
    case 'OBJECT_COLUMN':
      return op(context, 'rename_column', { table: tableName(node.relation), columns: [node.subname, node.newname] });
    case 'OBJECT_INDEX':
      // ALTER INDEX names the index, not its table: the old and new index names go in `columns`.
      return op(context, 'rename_index', { columns: [node.relation?.relname, node.newname] });
    case 'OBJECT_TABCONSTRAINT':
      // The model has no rename_constraint; in PostgreSQL it only changes the catalog.
      return op(context, 'sql_metadata', { table: tableName(node.relation), method: 'RENAME CONSTRAINT' });
  }
  return op(context, 'execute', { method: `RenameStmt ${String(node.renameType)}` });
}

function alterTableOperations(context: Context, node: PgNode): Operation[] {
  if (node.objtype !== 'OBJECT_TABLE') {
    return [op(context, 'execute', { method: `AlterTableStmt ${String(node.objtype)}` })];
  }
  const table = tableName(node.relation);
  return (node.cmds ?? []).flatMap((item: PgNode) => alterTableCommand(context, table, item.AlterTableCmd ?? {}));
}

function alterTableCommand(context: Context, table: string, command: PgNode): Operation[] {
  const column: string | undefined = command.name;
  switch (command.subtype) {
    case 'AT_AddColumn':
      return addColumnOperations(context, table, command.def?.ColumnDef ?? {});
    case 'AT_DropColumn':
      return [op(context, 'remove_column', { table, columns: [column ?? ''] })];
    case 'AT_AlterColumnType': {
      const definition: PgNode = command.def?.ColumnDef ?? {};
      return [op(context, 'change_column', { table, columns: [column ?? ''], columnType: columnTypeOf(context, definition) })];
    }
    case 'AT_ColumnDefault':
      return [
        op(context, 'change_column_default', {
          table,
          columns: [column ?? ''],
          default: command.def ? defaultOf(context, command.def) : { kind: 'constant', value: null },
        }),
      ];
    case 'AT_SetNotNull':
      return [op(context, 'change_column_null', { table, columns: [column ?? ''], nullable: false })];
    case 'AT_DropNotNull':
      return [op(context, 'change_column_null', { table, columns: [column ?? ''], nullable: true })];
    case 'AT_AddConstraint':
      return constraintOperations(context, table, command.def?.Constraint ?? {}, undefined);
    case 'AT_ValidateConstraint':
      return [op(context, 'validate_constraint', { table })];
    case 'AT_DropConstraint':
      return [op(context, 'remove_constraint', { table })];
    case 'AT_SetTableSpace':
      return [op(context, 'execute', { table, method: 'ALTER TABLE SET TABLESPACE' })];
    case 'AT_SetLogged':
      return [op(context, 'execute', { table, method: 'ALTER TABLE SET LOGGED' })];
    case 'AT_SetUnLogged':
      return [op(context, 'execute', { table, method: 'ALTER TABLE SET UNLOGGED' })];
  }
  return [op(context, 'execute', { table, columns: column ? [column] : undefined, method: `ALTER TABLE ${String(command.subtype)}` })];
}

/**
 * Foreign keys declared in CREATE TABLE: the new table is empty, but PostgreSQL still takes a SHARE
 * ROW EXCLUSIVE lock on the referenced table (writes to it wait) until the migration commits.
 */
function createdForeignKeys(context: Context, node: PgNode): Operation[] {
  const table = tableName(node.relation);
  return (node.tableElts ?? []).flatMap((element: PgNode) => {
    if (element.Constraint?.contype === 'CONSTR_FOREIGN') return constraintOperations(context, table, element.Constraint, undefined);
    const definition = element.ColumnDef;
    if (!definition) return [];
    return (definition.constraints ?? [])
      .map((item: PgNode) => item.Constraint ?? {})
      .filter((constraint: PgNode) => constraint.contype === 'CONSTR_FOREIGN')
      .flatMap((constraint: PgNode) => constraintOperations(context, table, constraint, definition.colname));
  });
}

function addColumnOperations(context: Context, table: string, definition: PgNode): Operation[] {
  const column: string = definition.colname ?? '';
  const columnType = columnTypeOf(context, definition);
  const constraints: PgNode[] = (definition.constraints ?? []).map((item: PgNode) => item.Constraint ?? {});
  const generated = constraints.find((constraint) => constraint.contype === 'CONSTR_GENERATED' || constraint.contype === 'CONSTR_IDENTITY');
  if (generated) {
    // A stored generated or identity column computes a value for every existing row: never a
    // catalog-only add, whatever the expression, so the cost model must not see it as add_column.
    const method = generated.contype === 'CONSTR_IDENTITY' ? 'ADD COLUMN GENERATED AS IDENTITY' : 'ADD COLUMN GENERATED ALWAYS AS';
    return [op(context, 'execute', { table, columns: [column], columnType, method })];
  }
  const addColumn: Operation = op(context, 'add_column', { table, columns: [column], columnType });
  const defaultConstraint = constraints.find((constraint) => constraint.contype === 'CONSTR_DEFAULT');
  if (defaultConstraint?.raw_expr) addColumn.default = defaultOf(context, defaultConstraint.raw_expr);
  else if (/^(small|big)?serial[248]?$/.test(columnType)) {
    // serial fills existing rows from a sequence: a volatile default, the same rewrite.
    addColumn.default = { kind: 'sql', sql: `nextval('${table}_${column}_seq'::regclass)` };
  }
  if (constraints.some((constraint) => constraint.contype === 'CONSTR_NOTNULL' || constraint.contype === 'CONSTR_PRIMARY')) addColumn.nullable = false;
  else if (constraints.some((constraint) => constraint.contype === 'CONSTR_NULL')) addColumn.nullable = true;
  return [addColumn, ...constraints.flatMap((constraint) => constraintOperations(context, table, constraint, column))];
}

/** Operations of a table constraint, or of a column constraint when `column` is given. */
function constraintOperations(context: Context, table: string, constraint: PgNode, column: string | undefined): Operation[] {
  const columnsOf = (list: unknown): string[] => (column ? [column] : namesOf(list));
  const validate = constraint.skip_validation ? false : undefined;
  switch (constraint.contype) {
    case 'CONSTR_FOREIGN':
      return [
        op(context, 'add_foreign_key', {
          table,
          otherTable: tableName(constraint.pktable),
          columns: columnsOf(constraint.fk_attrs),
          validate: constraint.skip_validation ? false : true,
        }),
      ];
    case 'CONSTR_CHECK':
      return [op(context, 'add_check_constraint', { table, columns: column ? [column] : undefined, validate })];
    case 'CONSTR_UNIQUE':
      if (constraint.indexname) {
        return [op(context, 'add_unique_constraint', { table, unique: true, method: 'USING INDEX' })];
      }
      if (column) return [op(context, 'add_index', { table, columns: [column], unique: true })];
      return [op(context, 'add_unique_constraint', { table, columns: columnsOf(constraint.keys), unique: true })];
    case 'CONSTR_PRIMARY':
      if (constraint.indexname) return [op(context, 'add_index', { table, unique: true, method: 'USING INDEX' })];
      return [op(context, 'add_index', { table, columns: columnsOf(constraint.keys), unique: true })];
    case 'CONSTR_EXCLUSION':
      return [op(context, 'add_exclusion_constraint', { table })];
    case 'CONSTR_NOTNULL':
      // A column's own NOT NULL is already on its add_column; a table-level one (PostgreSQL 18) is a change.
      return column ? [] : [op(context, 'change_column_null', { table, columns: namesOf(constraint.keys), nullable: false })];
    case 'CONSTR_DEFAULT':
    case 'CONSTR_NULL':
      return [];
  }
  return column ? [] : [op(context, 'execute', { table, method: `ADD CONSTRAINT ${String(constraint.contype)}` })];
}

/** The type as written, lower-cased like the model's other types; a quoted enum name loses its quotes. */
function columnTypeOf(context: Context, definition: PgNode): string {
  return typeText(context.statement, definition.typeName ?? {}).replace(/"/g, '').toLowerCase();
}

function defaultOf(context: Context, expression: PgNode): ColumnDefault {
  const constant = constantValue(expression);
  if (constant !== undefined) return { kind: 'constant', value: constant };
  return { kind: 'sql', sql: expressionText(context.statement, expression) };
}

/** A literal (or a literal cast to a type, as pg_dump and Prisma write them); undefined otherwise. */
function constantValue(expression: PgNode): string | number | boolean | null | undefined {
  const literal: PgNode | undefined = expression.A_Const ?? expression.TypeCast?.arg?.A_Const;
  if (!literal) return undefined;
  if (literal.isnull) return null;
  // protobuf JSON leaves zero values out: `{ival: {}}` is 0, `{boolval: {}}` is false.
  if (literal.ival) return literal.ival.ival ?? 0;
  if (literal.fval) return Number(literal.fval.fval);
  if (literal.boolval) return literal.boolval.boolval ?? false;
  if (literal.sval) return literal.sval.sval ?? '';
  if (literal.bsval) return literal.bsval.bsval ?? '';
  return undefined;
}

function insertOperation(context: Context, node: PgNode): Operation {
  const table = tableName(node.relation);
  const values: unknown[] | undefined = node.selectStmt?.SelectStmt?.valuesLists;
  if (!node.selectStmt) return op(context, 'backfill', { table, rowsAffected: 1 }); // DEFAULT VALUES
  if (values) return op(context, 'backfill', { table, rowsAffected: values.length });
  return op(context, 'backfill', { table });
}

function commentOperation(context: Context, node: PgNode): Operation {
  const names = namesOf(node.object?.List?.items);
  if (node.objtype === 'OBJECT_TABLE') return op(context, 'change_table_comment', { table: qualified(names) });
  if (node.objtype === 'OBJECT_COLUMN' && names.length >= 2) {
    return op(context, 'change_column_comment', { table: qualified(names.slice(0, -1)), columns: [names.at(-1) ?? ''] });
  }
  return op(context, 'sql_metadata', { method: 'COMMENT' });
}

function vacuumOperations(context: Context, node: PgNode): Operation[] {
  const full = hasOption(node.options, 'full');
  const method = !node.is_vacuumcmd ? 'ANALYZE' : full ? 'VACUUM FULL' : 'VACUUM';
  const tables: string[] = (node.rels ?? []).map((rel: PgNode) => tableName(rel.VacuumRelation?.relation));
  if (tables.length === 0) return [op(context, 'execute', { method })];
  return tables.map((table) => op(context, 'execute', { table, method }));
}

/** Why PostgreSQL would refuse this statement inside BEGIN ... COMMIT, or undefined. */
function refusesTransactionBlock(statement: PgStatement): string | undefined {
  const { type, node } = statement;
  if (type === 'IndexStmt' && node.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if (type === 'DropStmt' && node.concurrent) return 'DROP INDEX CONCURRENTLY';
  if (type === 'ReindexStmt' && hasOption(node.params, 'concurrently')) return 'REINDEX CONCURRENTLY';
  if (type === 'VacuumStmt' && node.is_vacuumcmd) return 'VACUUM';
  if (type === 'CreatedbStmt') return 'CREATE DATABASE';
  if (type === 'DropdbStmt') return 'DROP DATABASE';
  if (type === 'AlterSystemStmt') return 'ALTER SYSTEM';
  return undefined;
}

function createdColumns(node: PgNode): string[] {
  return (node.tableElts ?? [])
    .map((element: PgNode) => element.ColumnDef?.colname)
    .filter((name: unknown): name is string => typeof name === 'string');
}

function indexElementText(context: Context, element: PgNode | undefined): string {
  if (!element) return '';
  if (element.name) return element.name;
  return element.expr ? expressionText(context.statement, element.expr) : '';
}

function hasOption(options: unknown, name: string): boolean {
  return Array.isArray(options) && options.some((option: PgNode) => option?.DefElem?.defname === name);
}

/** `schema.table` only when the SQL names a schema; the parser already folded unquoted names to lower case. */
function tableName(relation: PgNode | undefined): string {
  if (!relation) return '';
  return relation.schemaname ? `${relation.schemaname}.${relation.relname}` : String(relation.relname ?? '');
}

function optionalTableName(relation: PgNode | undefined): string | undefined {
  return relation ? tableName(relation) : undefined;
}

function qualified(names: string[]): string {
  return names.join('.');
}

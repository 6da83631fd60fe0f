// ActiveRecord's schema DSL (add_column, add_index, change_table's `t.string` ...) turned into
// operations. Each command is written once, for the argument list after the table name, so the
// top-level form (`add_index :users, :email`) and the change_table form (`t.index :email`) share it.
import { CallNode, HashNode, KeywordHashNode, StatementsNode, type Node } from '@ruby/prism/src/nodes.js';
import type { Operation, OperationKind } from '../../gates/migrations/model.js';
import { joinTableName, pluralize, singularize } from './inflector.js';
import type { RecordedCommand } from './irreversible.js';
import {
  booleanLiteral,
  callArguments,
  columnDefault,
  columnList,
  hashOptions,
  isTruthyOption,
  literalValue,
  symbolOrString,
  type CallArguments,
} from './ruby-values.js';
import type { SourceText } from './source-text.js';

/** Makes an operation positioned at the call being read (line, code, safety_assured, bulk). */
export type OperationFactory = (kind: OperationKind) => Operation;

/** An operation together with the command the CommandRecorder would record for it. */
export interface SchemaCommand {
  op: Operation;
  command: RecordedCommand;
}

interface CommandInput {
  method: string;
  table: string | undefined;
  rest: Node[];
  options: ReadonlyMap<string, Node>;
  hasBlock: boolean;
  block: CallArguments['block'];
  make: OperationFactory;
  text: SourceText;
}

type Builder = (input: CommandInput) => Operation[];

const COLUMN_TYPES = new Set([
  'primary_key', 'string', 'text', 'integer', 'bigint', 'float', 'decimal', 'numeric', 'datetime', 'timestamp', 'time',
  'date', 'binary', 'blob', 'boolean', 'json', 'virtual',
  // PostgreSQL adapter
  'jsonb', 'uuid', 'citext', 'hstore', 'inet', 'cidr', 'macaddr', 'bit', 'bit_varying', 'money', 'interval', 'xml',
  'tsvector', 'ltree', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'daterange', 'numrange', 'tsrange',
  'tstzrange', 'int4range', 'int8range', 'oid', 'serial', 'bigserial', 'timestamptz', 'enum',
  // MySQL adapter
  'tinyblob', 'mediumblob', 'longblob', 'tinytext', 'mediumtext', 'longtext', 'unsigned_integer', 'unsigned_bigint',
  'unsigned_float', 'unsigned_decimal',
]);

const MYSQL_ALGORITHMS = new Set(['instant', 'inplace', 'copy']);

function applyColumnOptions(op: Operation, options: ReadonlyMap<string, Node>, text: SourceText): void {
  const defaultValue = options.get('default');
  if (defaultValue) op.default = columnDefault(defaultValue, text);
  const nullable = booleanLiteral(options.get('null'));
  if (nullable !== undefined) op.nullable = nullable;
  applyAlgorithm(op, options);
}

function applyAlgorithm(op: Operation, options: ReadonlyMap<string, Node>): void {
  const algorithm = symbolOrString(options.get('algorithm'));
  if (algorithm === 'concurrently') op.concurrently = true;
  else if (algorithm && MYSQL_ALGORITHMS.has(algorithm)) op.mysqlAlgorithm = algorithm as Operation['mysqlAlgorithm'];
}

function typeName(node: Node | undefined): string | undefined {
  return symbolOrString(node)?.toLowerCase();
}

function withTable(op: Operation, table: string | undefined): Operation {
  if (table !== undefined) op.table = table;
  return op;
}

/**
 * `:string, limit: 100` is `string(100)`: the limit decides whether a later type change is
 * binary-coercible (varchar(100) to varchar(255) is; to varchar(50) is not).
 */
function sizedType(type: string | undefined, options: ReadonlyMap<string, Node>): string | undefined {
  const limitNode = options.get('limit');
  const limit = limitNode ? literalValue(limitNode) : undefined;
  if (type === undefined || !limit?.known || typeof limit.value !== 'number') return type;
  return `${type}(${limit.value})`;
}

function addColumn(input: CommandInput, name: string | undefined, type: string | undefined): Operation {
  const op = withTable(input.make('add_column'), input.table);
  if (name !== undefined) op.columns = [name];
  type = sizedType(type, input.options);
  if (type !== undefined) op.columnType = type;
  applyColumnOptions(op, input.options, input.text);
  return op;
}

function referenceColumns(name: string | undefined, options: ReadonlyMap<string, Node>): string[] | undefined {
  if (name === undefined) return undefined;
  return isTruthyOption(options.get('polymorphic')) ? [`${name}_id`, `${name}_type`] : [`${name}_id`];
}

function reference(kind: 'add_reference' | 'remove_reference', input: CommandInput, name: string | undefined): Operation {
  const op = withTable(input.make(kind), input.table);
  const columns = referenceColumns(name, input.options);
  if (columns) op.columns = columns;
  const type = typeName(input.options.get('type'));
  if (type) op.columnType = type;
  const nullable = booleanLiteral(input.options.get('null'));
  if (nullable !== undefined) op.nullable = nullable;

  // `index:` defaults to true; a hash (`index: { algorithm: :concurrently, unique: true }`) means yes, with options.
  const index = input.options.get('index');
  op.index = isTruthyOption(index) ?? true;
  if (index instanceof HashNode || index instanceof KeywordHashNode) {
    const indexOptions = hashOptions(index);
    applyAlgorithm(op, indexOptions);
    if (isTruthyOption(indexOptions.get('unique'))) op.unique = true;
  }

  const foreignKey = input.options.get('foreign_key');
  op.foreignKey = isTruthyOption(foreignKey) ?? false;
  if (op.foreignKey) {
    const target =
      foreignKey instanceof HashNode || foreignKey instanceof KeywordHashNode
        ? symbolOrString(hashOptions(foreignKey).get('to_table'))
        : undefined;
    const otherTable = target ?? (name !== undefined ? pluralize(name) : undefined);
    if (otherTable) op.otherTable = otherTable;
    if (foreignKey instanceof HashNode || foreignKey instanceof KeywordHashNode) {
      const validate = booleanLiteral(hashOptions(foreignKey).get('validate'));
      if (validate !== undefined) op.validate = validate;
    }
  }
  return op;
}

function foreignKey(kind: OperationKind, input: CommandInput): Operation {
  const op = withTable(input.make(kind), input.table);
  const target = symbolOrString(input.rest[0]) ?? symbolOrString(input.options.get('to_table'));
  if (target !== undefined) op.otherTable = target;
  const column = columnList(input.options.get('column'));
  if (column) op.columns = column;
  else if (target !== undefined && kind === 'add_foreign_key') op.columns = [`${singularize(target)}_id`];
  const validate = booleanLiteral(input.options.get('validate'));
  if (validate !== undefined) op.validate = validate;
  return op;
}

function simple(kind: OperationKind, columnsFrom?: (input: CommandInput) => string[] | undefined): Builder {
  return (input) => {
    const op = withTable(input.make(kind), input.table);
    const columns = columnsFrom?.(input);
    if (columns) op.columns = columns;
    const validate = booleanLiteral(input.options.get('validate'));
    if (validate !== undefined) op.validate = validate;
    return [op];
  };
}

const firstColumn = (input: CommandInput) => columnList(input.rest[0]);

/** Builders by the CommandRecorder's name for the command; the input's `rest` follows the table name. */
const BUILDERS: Record<string, Builder> = {
  add_column: (input) => [addColumn(input, symbolOrString(input.rest[0]), typeName(input.rest[1]))],
  remove_column: (input) => {
    const op = withTable(input.make('remove_column'), input.table);
    const name = symbolOrString(input.rest[0]);
    if (name !== undefined) op.columns = [name];
    const type = typeName(input.rest[1]);
    if (type !== undefined) op.columnType = type;
    return [op];
  },
  remove_columns: (input) => {
    const op = withTable(input.make('remove_column'), input.table);
    op.columns = input.rest.flatMap((node) => columnList(node) ?? []);
    const type = typeName(input.options.get('type'));
    if (type !== undefined) op.columnType = type;
    return [op];
  },
  change_column: (input) => {
    const op = withTable(input.make('change_column'), input.table);
    const name = symbolOrString(input.rest[0]);
    if (name !== undefined) op.columns = [name];
    const type = sizedType(typeName(input.rest[1]), input.options);
    if (type !== undefined) op.columnType = type;
    applyColumnOptions(op, input.options, input.text);
    return [op];
  },
  change_column_default: (input) => {
    const op = withTable(input.make('change_column_default'), input.table);
    const name = symbolOrString(input.rest[0]);
    if (name !== undefined) op.columns = [name];
    const value = input.rest[1] ?? input.options.get('to');
    if (value) op.default = columnDefault(value, input.text);
    return [op];
  },
  change_column_null: (input) => {
    const name = symbolOrString(input.rest[0]);
    const op = withTable(input.make('change_column_null'), input.table);
    if (name !== undefined) op.columns = [name];
    const nullable = booleanLiteral(input.rest[1]);
    if (nullable !== undefined) op.nullable = nullable;
    // The 4th argument makes Rails first UPDATE ... SET col = default WHERE col IS NULL.
    const fill = input.rest[2];
    if (!fill) return [op];
    const backfill = withTable(input.make('backfill'), input.table);
    if (name !== undefined) backfill.columns = [name];
    backfill.partial = true;
    backfill.default = columnDefault(fill, input.text);
    return [backfill, op];
  },
  rename_column: (input) => {
    const op = withTable(input.make('rename_column'), input.table);
    const from = symbolOrString(input.rest[0]);
    const to = symbolOrString(input.rest[1]);
    if (from !== undefined && to !== undefined) op.columns = [from, to];
    return [op];
  },
  add_index: (input) => {
    const op = withTable(input.make('add_index'), input.table);
    const columns = columnList(input.rest[0]);
    if (columns) op.columns = columns;
    op.unique = isTruthyOption(input.options.get('unique')) ?? false;
    op.concurrently = false;
    applyAlgorithm(op, input.options);
    return [op];
  },
  remove_index: (input) => {
    const op = withTable(input.make('remove_index'), input.table);
    const columns = columnList(input.rest[0]) ?? columnList(input.options.get('column'));
    if (columns) op.columns = columns;
    op.concurrently = false;
    applyAlgorithm(op, input.options);
    return [op];
  },
  rename_index: simple('rename_index'),
  add_reference: (input) => input.rest.map((node) => reference('add_reference', input, symbolOrString(node))),
  remove_reference: (input) => input.rest.map((node) => reference('remove_reference', input, symbolOrString(node))),
  add_foreign_key: (input) => [foreignKey('add_foreign_key', input)],
  remove_foreign_key: (input) => [foreignKey('remove_foreign_key', input)],
  validate_foreign_key: (input) => [foreignKey('validate_foreign_key', input)],
  add_check_constraint: simple('add_check_constraint'),
  remove_check_constraint: simple('remove_check_constraint'),
  validate_check_constraint: simple('validate_check_constraint'),
  validate_constraint: simple('validate_constraint'),
  remove_constraint: simple('remove_constraint'),
  add_unique_constraint: (input) => {
    const [op] = simple('add_unique_constraint', firstColumn)(input);
    op.unique = true;
    return [op];
  },
  remove_unique_constraint: simple('remove_unique_constraint', firstColumn),
  add_exclusion_constraint: simple('add_exclusion_constraint'),
  remove_exclusion_constraint: simple('remove_exclusion_constraint'),
  add_timestamps: (input) => {
    const op = withTable(input.make('add_timestamps'), input.table);
    op.columns = ['created_at', 'updated_at'];
    applyColumnOptions(op, input.options, input.text);
    return [op];
  },
  remove_timestamps: (input) => {
    const op = withTable(input.make('remove_timestamps'), input.table);
    op.columns = ['created_at', 'updated_at'];
    return [op];
  },
  change_table_comment: simple('change_table_comment'),
  change_column_comment: simple('change_column_comment', firstColumn),
  rename_table: (input) => {
    const op = withTable(input.make('rename_table'), input.table);
    const to = symbolOrString(input.rest[0]);
    if (to !== undefined) op.otherTable = to;
    return [op];
  },
  drop_table: (input) => {
    const op = withTable(input.make('drop_table'), input.table);
    return [op, ...input.rest.map((node) => withTable(input.make('drop_table'), symbolOrString(node)))];
  },
};

// Commands whose first argument is not a table (extensions, enums, schemas): catalog-only changes.
const CATALOG_COMMANDS = new Set([
  'enable_extension', 'disable_extension', 'create_enum', 'drop_enum', 'rename_enum', 'add_enum_value',
  'rename_enum_value', 'create_schema', 'drop_schema',
]);

/** `belongs_to` is an alias the recorder knows under the `reference` name. */
const ALIASES: Record<string, string> = {
  add_belongs_to: 'add_reference',
  remove_belongs_to: 'remove_reference',
};

/** Reads a top-level migration command (`add_index :users, :email`); undefined when it is not schema DSL. */
export function migrationCommand(call: CallNode, make: OperationFactory, text: SourceText): SchemaCommand[] | undefined {
  const method = ALIASES[call.name] ?? call.name;
  const args = callArguments(call);
  if (CATALOG_COMMANDS.has(method)) {
    const op = make('sql_metadata');
    op.method = method;
    return [{ op, command: recorded(method, args.positional, args) }];
  }
  if (method === 'create_table') return createTable(args, make, text);
  if (method === 'create_join_table' || method === 'drop_join_table') return joinTable(method, args, make);
  if (method === 'change_table') return undefined; // its block is walked by the caller
  const builder = BUILDERS[method];
  if (!builder) return undefined;
  const table = symbolOrString(args.positional[0]);
  const rest = args.positional.slice(1);
  const input: CommandInput = { method, table, rest, options: args.options, hasBlock: args.block !== null, block: args.block, make, text };
  return builder(input).map((op) => ({ op, command: recorded(method, rest, args) }));
}

function recorded(method: string, positional: Node[], args: CallArguments): RecordedCommand {
  return { method, positional, options: args.options, hasBlock: args.block !== null };
}

/** `t.<method>` inside `change_table`: the same commands with the table implied. */
const TABLE_METHODS: Record<string, string> = {
  column: 'add_column',
  index: 'add_index',
  remove_index: 'remove_index',
  rename_index: 'rename_index',
  references: 'add_reference',
  belongs_to: 'add_reference',
  remove_references: 'remove_reference',
  remove_belongs_to: 'remove_reference',
  timestamps: 'add_timestamps',
  remove_timestamps: 'remove_timestamps',
  remove: 'remove_columns',
  rename: 'rename_column',
  change: 'change_column',
  change_default: 'change_column_default',
  change_null: 'change_column_null',
  check_constraint: 'add_check_constraint',
  remove_check_constraint: 'remove_check_constraint',
  validate_check_constraint: 'validate_check_constraint',
  validate_constraint: 'validate_constraint',
  foreign_key: 'add_foreign_key',
  remove_foreign_key: 'remove_foreign_key',
  validate_foreign_key: 'validate_foreign_key',
  unique_constraint: 'add_unique_constraint',
  remove_unique_constraint: 'remove_unique_constraint',
  exclusion_constraint: 'add_exclusion_constraint',
  remove_exclusion_constraint: 'remove_exclusion_constraint',
  comment: 'change_table_comment',
};

/** Questions a block may ask the table (`t.column_exists?`); they change nothing. */
const TABLE_QUERIES = new Set(['column_exists?', 'index_exists?', 'foreign_key_exists?', 'check_constraint_exists?', 'name']);

/**
 * Reads `t.<method>` inside `change_table`; `[]` for a question that changes nothing, undefined
 * when the method is not part of the table DSL.
 */
export function tableCommand(
  table: string | undefined,
  call: CallNode,
  make: OperationFactory,
  text: SourceText,
): SchemaCommand[] | undefined {
  if (TABLE_QUERIES.has(call.name)) return [];
  const args = callArguments(call);
  const base = { table, options: args.options, hasBlock: args.block !== null, block: args.block, make, text };
  if (COLUMN_TYPES.has(call.name)) {
    // `t.string :first_name, :last_name, null: false` adds several columns of one type.
    const input: CommandInput = { ...base, method: 'add_column', rest: args.positional };
    return args.positional.map((node) => {
      const op = addColumn(input, symbolOrString(node), call.name);
      return { op, command: recorded('add_column', [node], args) };
    });
  }
  const method = TABLE_METHODS[call.name];
  if (!method) return undefined;
  const builder = BUILDERS[method];
  return builder({ ...base, method, rest: args.positional }).map((op) => ({
    op,
    command: recorded(method, args.positional, args),
  }));
}

/**
 * `create_table` is one operation whatever its block holds: the new table is empty, so its
 * columns and indexes cost nothing. Foreign keys are the exception: they lock the referenced
 * table, so each becomes its own `add_foreign_key`. `force:` drops an existing table first.
 */
function createTable(args: CallArguments, make: OperationFactory, text: SourceText): SchemaCommand[] {
  const table = symbolOrString(args.positional[0]);
  const commands: SchemaCommand[] = [];
  const command = recorded('create_table', args.positional.slice(1), args);
  if (isTruthyOption(args.options.get('force'))) {
    commands.push({ op: withTable(make('drop_table'), table), command });
  }
  const create = withTable(make('create_table'), table);
  commands.push({ op: create, command });
  const definition = args.block?.body;
  if (!(definition instanceof StatementsNode)) return commands;

  const columns: string[] = [];
  for (const statement of definition.body) {
    if (!(statement instanceof CallNode) || !statement.receiver) continue;
    const inner = callArguments(statement);
    if (COLUMN_TYPES.has(statement.name) || statement.name === 'column') {
      const names = statement.name === 'column' ? inner.positional.slice(0, 1) : inner.positional;
      for (const node of names) {
        const name = symbolOrString(node);
        if (name !== undefined) columns.push(name);
      }
    } else if (statement.name === 'references' || statement.name === 'belongs_to') {
      for (const node of inner.positional) {
        const ref = reference('add_reference', { method: 'add_reference', table, rest: [], options: inner.options, hasBlock: false, block: null, make: positionedAt(make, statement, text), text }, symbolOrString(node));
        columns.push(...(ref.columns ?? []));
        if (ref.foreignKey) commands.push({ op: foreignKeyOf(ref), command });
      }
    } else if (statement.name === 'timestamps') {
      columns.push('created_at', 'updated_at');
    } else if (statement.name === 'foreign_key') {
      const op = foreignKey('add_foreign_key', { method: 'add_foreign_key', table, rest: inner.positional, options: inner.options, hasBlock: false, block: null, make: positionedAt(make, statement, text), text });
      commands.push({ op, command });
    }
  }
  create.columns = columns;
  return commands;
}

/** An operation made at a statement inside a block rather than at the call that owns the block. */
function positionedAt(make: OperationFactory, node: Node, text: SourceText): OperationFactory {
  return (kind) => {
    const op = make(kind);
    op.line = text.lineAt(node.location.startOffset);
    op.code = text.excerpt(op.line);
    return op;
  };
}

function foreignKeyOf(ref: Operation): Operation {
  const op: Operation = { ...ref, kind: 'add_foreign_key' };
  delete op.index;
  delete op.foreignKey;
  delete op.concurrently;
  delete op.unique;
  delete op.columnType;
  delete op.nullable;
  op.columns = ref.columns?.slice(0, 1);
  return op;
}

function joinTable(method: 'create_join_table' | 'drop_join_table', args: CallArguments, make: OperationFactory): SchemaCommand[] {
  const first = symbolOrString(args.positional[0]);
  const second = symbolOrString(args.positional[1]);
  const named = symbolOrString(args.options.get('table_name'));
  const table = named ?? (first !== undefined && second !== undefined ? joinTableName(first, second) : undefined);
  const op = withTable(make(method === 'create_join_table' ? 'create_table' : 'drop_table'), table);
  if (first !== undefined && second !== undefined) op.columns = [`${singularize(first)}_id`, `${singularize(second)}_id`];
  return [{ op, command: recorded(method, args.positional.slice(1), args) }];
}

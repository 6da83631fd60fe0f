// Reads an ActiveRecord migration with the real Ruby parser and says what it does: its operations
// in the forward direction, whether it runs in a transaction, and whether it can be rolled back.
// The walk visits only what can hold a migration command (class body → methods → statements and
// the blocks of calls), once, so classifying costs little next to parsing.
import {
  AndNode,
  BeginNode,
  BlockNode,
  BlockParametersNode,
  CallNode,
  CaseNode,
  ClassNode,
  GlobalVariableReadNode,
  DefNode,
  ElseNode,
  FloatNode,
  ForNode,
  IfNode,
  IntegerNode,
  LocalVariableReadNode,
  LocalVariableWriteNode,
  ModuleNode,
  OrNode,
  ParenthesesNode,
  RequiredParameterNode,
  RescueModifierNode,
  RescueNode,
  SelfNode,
  StatementsNode,
  UnlessNode,
  UntilNode,
  WhenNode,
  WhileNode,
  type Node,
} from '@ruby/prism/src/nodes.js';
import type { IrreversibleReason, Operation, OperationKind, ParsedMigration } from '../../gates/migrations/model.js';
import {
  cannotRevert,
  downRaisesIrreversible,
  reasonCannotBeUndone,
  reversibleUpWithoutDown,
  upWithoutDown,
  type RecordedCommand,
} from './irreversible.js';
import { classifyModelCall, type ModelScope } from './model-calls.js';
import { loadRubyParser, type RubyParse } from './prism.js';
import { invertOperation } from './revert.js';
import { callArguments, constantName, isTruthyOption, staticString, symbolOrString } from './ruby-values.js';
import { migrationCommand, tableCommand, type OperationFactory } from './schema-commands.js';
import { sourceText, type SourceText } from './source-text.js';

export type RubyMigrationParser = (file: string, source: string) => ParsedMigration;

/** Loads prism once; the returned function parses synchronously (for batches and benchmarks). */
export async function createRubyMigrationParser(): Promise<RubyMigrationParser> {
  const parse = await loadRubyParser();
  return (file, source) => readMigration(parse, file, source);
}

export async function parseRubyMigration(file: string, source: string): Promise<ParsedMigration> {
  return readMigration(await loadRubyParser(), file, source);
}

function readMigration(parse: RubyParse, file: string, source: string): ParsedMigration {
  const text = sourceText(source);
  const result = parse(source);
  const migration: ParsedMigration = {
    file,
    format: 'activerecord',
    version: versionOf(file),
    name: nameFromFile(file),
    operations: [],
    transactional: true,
    irreversible: [],
    parseErrors: result.errors
      .map((error) => ({ message: error.message, line: text.lineAt(error.location.startOffset) }))
      .sort((a, b) => a.line - b.line),
  };

  const models = new Map<string, string>();
  const migrationClass = findMigrationClass(result.value.statements, models);
  if (!migrationClass) {
    if (migration.parseErrors.length === 0) {
      migration.parseErrors.push({ message: 'no migration class (a class inheriting from ActiveRecord::Migration) in this file', line: 1 });
    }
    return migration;
  }
  migration.name = constantName(migrationClass.constantPath) ?? migration.name;
  const railsVersion = railsVersionOf(migrationClass.superclass, text);
  if (railsVersion) migration.railsVersion = railsVersion;

  const methods = new Map<string, DefNode>();
  for (const statement of bodyStatements(migrationClass.body)) {
    if (statement instanceof DefNode) methods.set(statement.receiver instanceof SelfNode ? `self.${statement.name}` : statement.name, statement);
    else if (statement instanceof CallNode && statement.name === 'disable_ddl_transaction!' && !statement.receiver) migration.transactional = false;
    else if (statement instanceof ClassNode) registerModel(statement, models);
  }

  const change = methods.get('change');
  const up = methods.get('up') ?? methods.get('self.up');
  const down = methods.get('down') ?? methods.get('self.down');
  const forward = change ?? up;
  if (forward) {
    const walker = new MigrationWalker(text, models, methods);
    walker.walkMethod(forward, change !== undefined);
    migration.operations = walker.operations;
    migration.irreversible = walker.irreversible;
  }
  if (!change && up) {
    if (!down) migration.irreversible.push(upWithoutDown(text.lineAt(up.location.startOffset)));
    else {
      const raise = findIrreversibleRaise(down.body);
      if (raise) migration.irreversible.push(downRaisesIrreversible(text.lineAt(raise.location.startOffset)));
    }
  }
  return migration;
}

/** `db/migrate/20261130101500_add_index_to_orders_email.rb` → `20261130101500`. */
function versionOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /^(\d+)_/.exec(base)?.[1] ?? '';
}

/** The class name Rails expects for the file, used only when the file has no class. */
function nameFromFile(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.rb$/, '').replace(/^\d+_/, '');
  return base.replace(/(?:^|_)([a-z\d])/g, (_match, letter: string) => letter.toUpperCase());
}

function bodyStatements(body: Node | null): Node[] {
  return body instanceof StatementsNode ? body.body : [];
}

function findMigrationClass(statements: StatementsNode, models: Map<string, string>): ClassNode | undefined {
  let found: ClassNode | undefined;
  for (const statement of statements.body) {
    if (statement instanceof ClassNode) {
      if (isMigrationSuperclass(statement.superclass)) found ??= statement;
      else registerModel(statement, models);
    } else if (statement instanceof ModuleNode && statement.body instanceof StatementsNode) {
      found ??= findMigrationClass(statement.body, models);
    }
  }
  return found;
}

/** `ActiveRecord::Migration`, `ActiveRecord::Migration[7.1]`, or an app's own `...Migration[2.1]` base. */
function isMigrationSuperclass(superclass: Node | null): boolean {
  const base = superclass instanceof CallNode && superclass.name === '[]' ? superclass.receiver : superclass;
  const name = constantName(base);
  return name !== undefined && (/Migration$/.test(name) || name.includes('::Migration::'));
}

function railsVersionOf(superclass: Node | null, text: SourceText): string | undefined {
  if (!(superclass instanceof CallNode) || superclass.name !== '[]') return undefined;
  if (constantName(superclass.receiver) !== 'ActiveRecord::Migration') return undefined;
  const version = superclass.arguments_?.arguments_[0];
  if (!(version instanceof FloatNode || version instanceof IntegerNode)) return undefined;
  // The source text, not the float: `[7.10]` must not read as 7.1.
  return text.slice(version.location.startOffset, version.location.length);
}

/** A model class defined in the migration file: its table is `self.table_name` or the tableized name. */
function registerModel(node: ClassNode, models: Map<string, string>): void {
  const name = constantName(node.constantPath);
  if (name === undefined) return;
  const shortName = name.slice(name.lastIndexOf(':') + 1);
  for (const statement of bodyStatements(node.body)) {
    if (statement instanceof CallNode && statement.name === 'table_name=' && statement.receiver instanceof SelfNode) {
      const table = staticString(statement.arguments_?.arguments_[0]) ?? symbolOrString(statement.arguments_?.arguments_[0]);
      if (table !== undefined) models.set(shortName, table);
    }
  }
}

function findIrreversibleRaise(node: Node | null): CallNode | undefined {
  for (const statement of bodyStatements(node)) {
    if (statement instanceof CallNode && (statement.name === 'raise' || statement.name === 'fail') && !statement.receiver) {
      const raised = statement.arguments_?.arguments_[0];
      const exception = raised instanceof CallNode && raised.name === 'new' ? raised.receiver : raised;
      if (constantName(exception)?.endsWith('IrreversibleMigration')) return statement;
    }
  }
  return undefined;
}

interface Scope {
  safetyAssured: boolean;
  bulk: boolean;
  /** In `change`, outside `dir.up`/`up_only`: Rails records the command and inverts it on rollback. */
  recorded: boolean;
  /** The block variable of the enclosing `change_table` (`t`) and its table. */
  table?: { variable: string; name: string | undefined };
}

/** An operation and the command Rails would record for it (absent for data changes and unknown calls). */
interface Entry {
  op: Operation;
  command?: RecordedCommand;
}

/** Calls that print, load code or only ask questions: they change nothing in the database. */
const NO_OPERATION = new Set([
  'say', 'puts', 'print', 'p', 'pp', 'require', 'require_relative', 'sleep', 'raise', 'fail', 'return',
  'reset_column_information', 'column_exists?', 'index_exists?', 'index_name_exists?', 'table_exists?',
  'foreign_key_exists?', 'check_constraint_exists?', 'data_source_exists?', 'view_exists?', 'extension_enabled?',
  'columns', 'indexes', 'foreign_keys', 'check_constraints', 'primary_key', 'connection', 'select_all', 'select_one',
  'select_value', 'select_values', 'select_rows', 'quote', 'quote_table_name', 'quote_column_name', 'index_name',
  'disable_ddl_transaction!', 'migration_name', 'version', 'logger', 'reverting?', 'lambda', 'proc',
]);

/** Calls whose block runs in the forward direction as written. */
const PASS_THROUGH_BLOCKS = new Set(['say_with_time', 'transaction', 'suppress_messages', 'with_lock']);

/** SQL run through the connection: `execute`, `connection.exec_update` ... */
const SQL_METHODS = new Set(['execute', 'exec_query', 'exec_update', 'exec_delete', 'exec_insert', 'update', 'delete', 'insert']);

class MigrationWalker {
  readonly operations: Operation[] = [];
  readonly irreversible: IrreversibleReason[] = [];
  private sink: Entry[] = [];
  private readonly locals = new Map<string, ModelScope>();
  private readonly helpersInUse = new Set<string>();

  private readonly text: SourceText;
  private readonly models: ReadonlyMap<string, string>;
  private readonly methods: ReadonlyMap<string, DefNode>;

  // Plain fields, not parameter properties: the benchmarks load these sources with Node's type
  // stripping, which does not support them.
  constructor(text: SourceText, models: ReadonlyMap<string, string>, methods: ReadonlyMap<string, DefNode>) {
    this.text = text;
    this.models = models;
    this.methods = methods;
  }

  walkMethod(method: DefNode, isChange: boolean): void {
    this.walk(method.body, { safetyAssured: false, bulk: false, recorded: isChange });
    for (const entry of this.sink) this.operations.push(entry.op);
  }

  private walk(node: Node | null | undefined, scope: Scope): void {
    if (!node) return;
    if (node instanceof StatementsNode) for (const statement of node.body) this.walk(statement, scope);
    else if (node instanceof CallNode) this.call(node, scope);
    else if (node instanceof IfNode) {
      this.walk(node.statements, scope);
      this.walk(node.subsequent, scope);
    } else if (node instanceof UnlessNode) {
      this.walk(node.statements, scope);
      this.walk(node.elseClause, scope);
    } else if (node instanceof CaseNode) {
      for (const branch of node.conditions) if (branch instanceof WhenNode) this.walk(branch.statements, scope);
      this.walk(node.elseClause, scope);
    } else if (node instanceof ElseNode) this.walk(node.statements, scope);
    else if (node instanceof BeginNode) {
      this.walk(node.statements, scope);
      this.walk(node.rescueClause, scope);
      this.walk(node.elseClause, scope);
      this.walk(node.ensureClause?.statements, scope);
    } else if (node instanceof RescueNode) {
      this.walk(node.statements, scope);
      this.walk(node.subsequent, scope);
    } else if (node instanceof ParenthesesNode) this.walk(node.body, scope);
    else if (node instanceof WhileNode || node instanceof UntilNode || node instanceof ForNode) this.walk(node.statements, scope);
    else if (node instanceof RescueModifierNode) this.walk(node.expression, scope);
    else if (node instanceof AndNode || node instanceof OrNode) this.walk(node.right, scope);
    else if (node instanceof LocalVariableWriteNode) this.assignment(node, scope);
  }

  /** `users = User.where(...)` builds a scope (no operation); `n = User.update_all(...)` changes data. */
  private assignment(node: LocalVariableWriteNode, scope: Scope): void {
    const value = node.value;
    if (!(value instanceof CallNode)) return;
    const classified = classifyModelCall(value, this.models, this.locals);
    if (classified.kind === 'read') {
      if (classified.scope) this.locals.set(node.name, classified.scope);
      return;
    }
    if (classified.kind !== 'not-a-model') return this.call(value, scope);
    // A value computed in Ruby (`columns = %w[a b].map { ... }`) is not an operation; a migration
    // command or helper whose result is kept still runs.
    if (value.receiver === null ? !value.isVariableCall() : isConnection(value.receiver)) this.call(value, scope);
  }

  private call(call: CallNode, scope: Scope): void {
    const receiver = call.receiver;
    if (scope.table && receiver instanceof LocalVariableReadNode && receiver.name === scope.table.variable) {
      this.tableCall(call, scope);
    } else if (receiver === null || receiver instanceof SelfNode) {
      this.receiverlessCall(call, scope);
    } else if (isConnection(receiver)) {
      this.connectionCall(call, scope);
    } else {
      this.receiverCall(call, scope);
    }
  }

  private receiverlessCall(call: CallNode, scope: Scope): void {
    const name = call.name;
    if (NO_OPERATION.has(name)) return;
    if (PASS_THROUGH_BLOCKS.has(name)) return this.walk(blockBody(call), scope);
    if (name === 'safety_assured') return this.walk(blockBody(call), { ...scope, safetyAssured: true });
    if (name === 'up_only') return this.walk(blockBody(call), { ...scope, recorded: false });
    if (name === 'reversible') return this.reversible(call, scope);
    if (name === 'revert') return this.revert(call, scope);
    if (name === 'change_table') return this.changeTable(call, scope);
    if (SQL_METHODS.has(name)) return this.sql(call, scope);

    const commands = migrationCommand(call, this.factory(call, scope), this.text);
    if (commands) {
      for (const { op, command } of commands) this.emit({ op, command }, scope);
      return;
    }
    const helper = this.methods.get(name);
    if (helper && !['change', 'up', 'down'].includes(name) && !this.helpersInUse.has(name)) {
      // The migration's own helper method: its body is the migration's code, read in place.
      this.helpersInUse.add(name);
      this.walk(helper.body, scope);
      this.helpersInUse.delete(name);
      return;
    }
    this.unknown(call, scope, name);
  }

  private connectionCall(call: CallNode, scope: Scope): void {
    if (SQL_METHODS.has(call.name)) return this.sql(call, scope);
    if (NO_OPERATION.has(call.name)) return;
    const commands = migrationCommand(call, this.factory(call, scope), this.text);
    if (commands) for (const { op, command } of commands) this.emit({ op, command }, scope);
    else this.unknown(call, scope, call.name);
  }

  private receiverCall(call: CallNode, scope: Scope): void {
    if (isLogging(call)) return;
    if (PASS_THROUGH_BLOCKS.has(call.name) && call.block instanceof BlockNode) return this.walk(call.block.body, scope);
    const classified = classifyModelCall(call, this.models, this.locals);
    if (classified.kind === 'read') return;
    if (classified.kind === 'data-change') {
      const op = this.factory(call, scope)('backfill');
      op.table = classified.table;
      op.partial = classified.partial;
      op.method = classified.method;
      return this.emit({ op }, scope);
    }
    if (classified.kind === 'unknown') {
      const op = this.factory(call, scope)('unknown');
      op.method = classified.method;
      op.table = classified.table;
      return this.emit({ op }, scope);
    }
    // `%i[a b].each do |column| add_index :users, column end`: the block holds the commands.
    if (call.block instanceof BlockNode) return this.walk(call.block.body, scope);
    this.unknown(call, scope, call.name);
  }

  private tableCall(call: CallNode, scope: Scope): void {
    const commands = tableCommand(scope.table?.name, call, this.factory(call, scope), this.text);
    if (!commands) return this.unknown(call, scope, call.name, scope.table?.name);
    for (const { op, command } of commands) this.emit({ op, command }, scope);
  }

  private changeTable(call: CallNode, scope: Scope): void {
    const args = callArguments(call);
    const table = symbolOrString(args.positional[0]);
    const bulk = isTruthyOption(args.options.get('bulk')) ?? false;
    const variable = firstBlockParameter(args.block);
    if (!args.block || variable === undefined) return this.unknown(call, scope, 'change_table', table);
    this.walk(args.block.body, { ...scope, bulk: scope.bulk || bulk, table: { variable, name: table } });
  }

  private sql(call: CallNode, scope: Scope): void {
    const op = this.factory(call, scope)('execute');
    const sql = staticString(call.arguments_?.arguments_[0]);
    if (sql !== undefined) op.sql = sql;
    this.emit({ op, command: { method: 'execute', positional: [], options: new Map(), hasBlock: false } }, scope);
  }

  private unknown(call: CallNode, scope: Scope, method: string, table?: string): void {
    const op = this.factory(call, scope)('unknown');
    op.method = method;
    const firstArgument = table ?? symbolOrString(call.arguments_?.arguments_[0]);
    if (firstArgument !== undefined) op.table = firstArgument;
    this.emit({ op }, scope);
  }

  /**
   * `reversible do |dir| dir.up { ... }; dir.down { ... } end`: the forward operations are the
   * `dir.up` ones, which Rails does not record; on rollback only `dir.down` runs.
   */
  private reversible(call: CallNode, scope: Scope): void {
    const block = call.block instanceof BlockNode ? call.block : null;
    const direction = firstBlockParameter(block);
    let upOperations: Entry[] = [];
    let hasDown = false;
    for (const statement of bodyStatements(block?.body ?? null)) {
      const isDirectionCall =
        statement instanceof CallNode && statement.receiver instanceof LocalVariableReadNode && statement.receiver.name === direction;
      if (isDirectionCall && statement.name === 'up') {
        upOperations = upOperations.concat(this.collect(() => this.walk(blockBody(statement), { ...scope, recorded: false })));
      } else if (isDirectionCall && statement.name === 'down') {
        hasDown = true;
      } else {
        this.walk(statement, scope);
      }
    }
    for (const entry of upOperations) this.sink.push(entry);
    if (scope.recorded && !hasDown && upOperations.length > 0) this.irreversible.push(reversibleUpWithoutDown(upOperations[0].op));
  }

  /** `revert do ... end` runs the inverses, last first; `revert OtherMigration` runs code the gate cannot see. */
  private revert(call: CallNode, scope: Scope): void {
    if (!(call.block instanceof BlockNode)) {
      // Rails can roll this back (it runs the other migration forward again), but what it does here is unseen.
      const op = this.factory(call, scope)('unknown');
      op.method = 'revert';
      return this.emit({ op, command: { method: 'revert', positional: [], options: new Map(), hasBlock: false } }, scope);
    }
    const inner = this.collect(() => this.walk(call.block instanceof BlockNode ? call.block.body : null, { ...scope, recorded: false }));
    for (const entry of inner.reverse()) {
      const problem = reasonCannotBeUndone(entry.command, entry.op);
      const inverse = problem ? undefined : invertOperation(entry.op);
      if (inverse) {
        this.emit({ op: inverse }, { ...scope, recorded: false });
        continue;
      }
      const original = entry.op.method ?? entry.op.kind;
      const unknown: Operation = { kind: 'unknown', method: original, safetyAssured: entry.op.safetyAssured, line: entry.op.line, code: entry.op.code };
      if (entry.op.table !== undefined) unknown.table = entry.op.table;
      this.sink.push({ op: unknown });
      this.irreversible.push(cannotRevert(unknown, original));
    }
  }

  /** Runs `walk` with a fresh sink and returns what it produced. */
  private collect(walk: () => void): Entry[] {
    const outer = this.sink;
    this.sink = [];
    try {
      walk();
      return this.sink;
    } finally {
      this.sink = outer;
    }
  }

  private emit(entry: Entry, scope: Scope): void {
    this.sink.push(entry);
    if (!scope.recorded) return;
    const reason = reasonCannotBeUndone(entry.command, entry.op);
    if (reason) this.irreversible.push(reason);
  }

  private factory(call: CallNode, scope: Scope): OperationFactory {
    const line = this.text.lineAt(call.location.startOffset);
    const code = this.text.excerpt(line);
    return (kind: OperationKind) => {
      const op: Operation = { kind, safetyAssured: scope.safetyAssured, line, code };
      if (scope.bulk) op.bulk = true;
      return op;
    };
  }
}

function blockBody(call: CallNode): Node | null {
  return call.block instanceof BlockNode ? call.block.body : null;
}

function firstBlockParameter(block: BlockNode | null): string | undefined {
  const parameters = block?.parameters;
  if (!(parameters instanceof BlockParametersNode)) return undefined;
  const first = parameters.parameters?.requireds[0];
  return first instanceof RequiredParameterNode ? first.name : undefined;
}

/** `Rails.logger.info`, `STDOUT.puts`, `$stdout.puts`: output, not operations. */
function isLogging(call: CallNode): boolean {
  let root: Node | null = call;
  while (root instanceof CallNode) root = root.receiver;
  if (root instanceof GlobalVariableReadNode) return root.name === '$stdout' || root.name === '$stderr';
  const name = constantName(root);
  return name === 'Rails' || name === 'STDOUT' || name === 'STDERR' || name === 'Logger';
}

/** `connection`, `ActiveRecord::Base.connection`, `User.connection`, `connection_pool.lease_connection`. */
function isConnection(node: Node): boolean {
  if (node instanceof CallNode) return node.name === 'connection' || node.name === 'lease_connection' || node.name === 'with_connection';
  return false;
}

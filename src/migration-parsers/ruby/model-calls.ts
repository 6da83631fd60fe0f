// Calls on ActiveRecord models inside a migration (`User.where(...).update_all(...)`,
// `Order.find_each { ... }`): data changes whose cost is the size of the model's table.
import { CallNode, ConstantPathNode, ConstantReadNode, LocalVariableReadNode, type Node } from '@ruby/prism/src/nodes.js';
import { tableize } from './inflector.js';
import { constantName } from './ruby-values.js';

/** A model scope a migration has built but not run yet: `users = User.where(admin: true)`. */
export interface ModelScope {
  table: string;
  partial: boolean;
}

export type ModelCall =
  | { kind: 'data-change'; table: string; partial: boolean; method: string }
  /** Reading data or model metadata (`User.count`, `User.reset_column_information`): no change. */
  | { kind: 'read'; scope?: ModelScope }
  /** A method on a model the gate does not know (a class method, a named scope alone). */
  | { kind: 'unknown'; method: string; table: string }
  /** Not rooted at a model: the caller decides. */
  | { kind: 'not-a-model' };

const DATA_CHANGES = new Set([
  'update_all', 'delete_all', 'destroy_all', 'touch_all', 'update_counters', 'increment_counter', 'decrement_counter',
  'update', 'update!', 'update_column', 'update_columns', 'update_attribute', 'delete', 'destroy', 'destroy!', 'save', 'save!',
  'insert', 'insert!', 'insert_all', 'insert_all!', 'upsert', 'upsert_all', 'create', 'create!', 'find_or_create_by',
  'find_or_create_by!', 'create_or_find_by', 'create_or_find_by!', 'first_or_create', 'first_or_create!',
  // Iterating a model in a migration is done to change rows; what the block does is row-by-row Ruby.
  'in_batches', 'find_each', 'find_in_batches', 'each', 'each_with_index', 'map', 'each_slice', 'find_each_with_index',
]);

/** Methods that narrow which rows a later data change touches. */
const NARROWING = new Set([
  'where', 'not', 'rewhere', 'find', 'find_by', 'find_by!', 'first', 'last', 'take', 'limit', 'excluding', 'without', 'joins',
  'find_sole_by', 'sole', 'invert_where', 'or', 'and', 'merge', 'none',
]);

/** Questions and scope-building that change nothing by themselves. */
const READS = new Set([
  'all', 'unscoped', 'order', 'reorder', 'select', 'includes', 'preload', 'eager_load', 'references', 'distinct', 'group',
  'having', 'offset', 'readonly', 'lock', 'count', 'pluck', 'pick', 'ids', 'exists?', 'any?', 'none?', 'empty?', 'size',
  'sum', 'minimum', 'maximum', 'average', 'calculate', 'to_a', 'load', 'reset_column_information', 'table_name',
  'column_names', 'columns', 'columns_hash', 'primary_key', 'reload_schema_from_cache', 'table_exists?', 'name', 'inspect',
]);

/** Constants a migration calls that are not models. */
const NOT_MODELS = new Set(['Rails', 'ActiveRecord::Base', 'ActiveRecord::Migration', 'Logger', 'STDOUT', 'STDERR', 'Time', 'Date', 'DateTime', 'SecureRandom', 'Kernel', 'File', 'Dir', 'JSON', 'YAML', 'ENV']);

/**
 * Classifies a call chain by its root. `models` maps model classes defined in the migration file
 * to their tables (`self.table_name` wins there); other model names are tableized.
 */
export function classifyModelCall(
  call: CallNode,
  models: ReadonlyMap<string, string>,
  locals: ReadonlyMap<string, ModelScope>,
): ModelCall {
  const chain: string[] = [];
  let root: Node | null = call;
  while (root instanceof CallNode) {
    chain.push(root.name);
    root = root.receiver;
  }
  chain.reverse();

  let scope: ModelScope | undefined;
  if (root instanceof LocalVariableReadNode) scope = locals.get(root.name);
  else if (root instanceof ConstantReadNode || root instanceof ConstantPathNode) {
    const name = constantName(root);
    if (name !== undefined && !NOT_MODELS.has(name)) {
      const shortName = name.slice(name.lastIndexOf(':') + 1);
      scope = { table: models.get(shortName) ?? tableize(name), partial: false };
    }
  }
  if (!scope) return { kind: 'not-a-model' };
  if (chain.includes('connection')) return { kind: 'not-a-model' };

  let partial = scope.partial;
  for (const method of chain) {
    if (NARROWING.has(method)) partial = true;
    if (DATA_CHANGES.has(method)) return { kind: 'data-change', table: scope.table, partial, method };
  }
  const unknown = chain.find((method) => !READS.has(method) && !NARROWING.has(method));
  if (unknown !== undefined) return { kind: 'unknown', method: unknown, table: scope.table };
  return { kind: 'read', scope: { table: scope.table, partial } };
}

// `revert do ... end` runs the inverse of the commands inside it, last first: the forward
// operations are those inverses. Only inversions ActiveRecord itself performs are made here.
import type { Operation, OperationKind } from '../../gates/migrations/model.js';

const OPPOSITES: Partial<Record<OperationKind, OperationKind>> = {};
for (const [a, b] of [
  ['add_column', 'remove_column'],
  ['create_table', 'drop_table'],
  ['add_index', 'remove_index'],
  ['add_reference', 'remove_reference'],
  ['add_foreign_key', 'remove_foreign_key'],
  ['add_timestamps', 'remove_timestamps'],
  ['add_check_constraint', 'remove_check_constraint'],
  ['add_unique_constraint', 'remove_unique_constraint'],
  ['add_exclusion_constraint', 'remove_exclusion_constraint'],
] as const) {
  OPPOSITES[a] = b;
  OPPOSITES[b] = a;
}

const CATALOG_OPPOSITES: Record<string, string> = {
  enable_extension: 'disable_extension',
  disable_extension: 'enable_extension',
  create_enum: 'drop_enum',
  drop_enum: 'create_enum',
  create_schema: 'drop_schema',
  drop_schema: 'create_schema',
};

/** The operation `revert` runs for `op`; undefined when ActiveRecord has no inverse for it. */
export function invertOperation(op: Operation): Operation | undefined {
  const opposite = OPPOSITES[op.kind];
  if (opposite) {
    const inverse: Operation = { ...op, kind: opposite };
    // Rails drops `validate: false` when it removes a constraint: there is nothing to validate.
    if (opposite.startsWith('remove_')) delete inverse.validate;
    return inverse;
  }
  switch (op.kind) {
    case 'rename_column':
      return op.columns ? { ...op, columns: [...op.columns].reverse() } : { ...op };
    case 'rename_table':
      return op.table && op.otherTable ? { ...op, table: op.otherTable, otherTable: op.table } : undefined;
    case 'change_column_null':
      return op.nullable === undefined ? { ...op } : { ...op, nullable: !op.nullable };
    case 'rename_index':
      return { ...op };
    case 'sql_metadata': {
      const method = op.method ? CATALOG_OPPOSITES[op.method] : undefined;
      return method ? { ...op, method } : undefined;
    }
    default:
      return undefined;
  }
}

// Which migrations cannot be rolled back, by ActiveRecord's own rules: in `change`, Rails records
// each command and inverts it on rollback (ActiveRecord::Migration::CommandRecorder, Rails 7.x);
// a command it cannot invert raises ActiveRecord::IrreversibleMigration mid-rollback. Finding that
// out during an incident is the failure this module exists to move to review time.
import type { Node } from '@ruby/prism/src/nodes.js';
import type { IrreversibleReason, Operation } from '../../gates/migrations/model.js';

/** A DSL command as the CommandRecorder sees it, with the table argument already taken off. */
export interface RecordedCommand {
  /** The recorder's name for it: `t.remove` inside change_table is `remove_columns`. */
  method: string;
  /** Positional arguments after the table name. */
  positional: Node[];
  options: ReadonlyMap<string, Node>;
  hasBlock: boolean;
}

type Rule = (command: RecordedCommand, op: Operation) => string | undefined;

const hasFromAndTo = (command: RecordedCommand) => command.options.has('from') && command.options.has('to');

const RULES: Record<string, Rule> = {
  remove_column: (command, op) =>
    command.positional.length >= 2
      ? undefined
      : `\`remove_column\` without a type cannot be rolled back: Rails does not know how to re-create ${column(op)}. ` +
        `Write \`remove_column :${op.table ?? 'table'}, :${op.columns?.[0] ?? 'column'}, :<type>\` (with its options) so Rails can re-add it.`,
  remove_columns: (command, op) =>
    command.options.has('type')
      ? undefined
      : `\`remove_columns\` without \`type:\` cannot be rolled back: Rails does not know how to re-create ${columns(op)}. ` +
        `Add \`type: :<type>\` so Rails can re-add them, or define \`up\` and \`down\`.`,
  change_column: (_command, op) =>
    `\`change_column\` in \`change\` cannot be rolled back: Rails does not know the type ${column(op)} had before. ` +
    'Define `up` (the new type) and `down` (the old type) instead.',
  change_column_default: (command, op) =>
    hasFromAndTo(command)
      ? undefined
      : `\`change_column_default\` without \`from:\` and \`to:\` cannot be rolled back: Rails does not know the old default of ${column(op)}. ` +
        `Write \`change_column_default :${op.table ?? 'table'}, :${op.columns?.[0] ?? 'column'}, from: <old>, to: <new>\`.`,
  change_column_comment: (command, op) =>
    hasFromAndTo(command)
      ? undefined
      : `\`change_column_comment\` without \`from:\` and \`to:\` cannot be rolled back: Rails does not know the old comment of ${column(op)}. Pass \`from:\` and \`to:\`.`,
  change_table_comment: (command, op) =>
    hasFromAndTo(command)
      ? undefined
      : `\`change_table_comment\` without \`from:\` and \`to:\` cannot be rolled back: Rails does not know the old comment of ${table(op)}. Pass \`from:\` and \`to:\`.`,
  execute: () =>
    '`execute` in `change` cannot be rolled back: Rails cannot invert SQL. ' +
    'Wrap it in `reversible do |dir| dir.up { execute ... }; dir.down { execute ... } end`, or define `up` and `down`.',
  drop_table: (command, op) => {
    if (command.positional.length > 0) {
      return '`drop_table` with several tables cannot be rolled back: Rails only re-creates a single table. Drop them one by one, each with its definition as a block.';
    }
    const options = [...command.options.keys()].filter((key) => key !== 'if_exists');
    if (options.length > 0 || command.hasBlock) return undefined;
    return (
      `\`drop_table\` without a block cannot be rolled back: Rails does not know how to re-create ${table(op)}. ` +
      `Pass its definition as a block (\`drop_table :${op.table ?? 'table'} do |t| ... end\`), or define \`up\` and \`down\`.`
    );
  },
  remove_index: (command, op) =>
    command.positional.length > 0 || command.options.has('column')
      ? undefined
      : `\`remove_index\` by name only cannot be rolled back: Rails does not know which columns to index again on ${table(op)}. ` +
        'Pass the columns (`remove_index :table, column: :col, name: ...`).',
  remove_foreign_key: (command, op) =>
    command.positional.length > 0 || command.options.has('to_table')
      ? undefined
      : `\`remove_foreign_key\` without the referenced table cannot be rolled back: Rails does not know what the key on ${table(op)} pointed to. ` +
        `Write \`remove_foreign_key :${op.table ?? 'table'}, :<referenced_table>\` (with \`column:\` if it is not the default).`,
  remove_check_constraint: (command, op) =>
    command.positional.length > 0
      ? undefined
      : `\`remove_check_constraint\` without the expression cannot be rolled back: Rails does not know the condition to add back on ${table(op)}. ` +
        'Pass the expression: `remove_check_constraint :table, "price > 0", name: "..."`.',
  remove_exclusion_constraint: (command, op) =>
    command.positional.length > 0
      ? undefined
      : `\`remove_exclusion_constraint\` without the expression cannot be rolled back on ${table(op)}. Pass the expression and its options.`,
  remove_unique_constraint: (command, op) =>
    command.positional.length > 0
      ? undefined
      : `\`remove_unique_constraint\` without the columns cannot be rolled back on ${table(op)}. Pass the columns: \`remove_unique_constraint :table, [:col], name: "..."\`.`,
  add_unique_constraint: (command, op) =>
    command.options.has('using_index')
      ? `\`add_unique_constraint\` with \`using_index:\` cannot be rolled back on ${table(op)}: the index it takes over is not re-created. Define \`up\` and \`down\`.`
      : undefined,
  drop_enum: (command) =>
    command.positional.length > 0
      ? undefined
      : '`drop_enum` without its values cannot be rolled back: Rails does not know the values to re-create. Pass them: `drop_enum :status, ["a", "b"]`.',
  rename_enum_value: (command) =>
    hasFromAndTo(command) ? undefined : '`rename_enum_value` without `from:` and `to:` cannot be rolled back. Pass both.',
  add_enum_value: () =>
    '`add_enum_value` cannot be rolled back: PostgreSQL cannot remove a value from an enum. Define `up` and `down` (down: recreate the type).',
};

/**
 * Why a rollback of `change` cannot undo this operation; undefined when it can. `command` is what
 * the CommandRecorder records; data changes and unknown calls have none, because Rails does not
 * record them: they run again, on the way down, instead of being undone.
 */
export function reasonCannotBeUndone(command: RecordedCommand | undefined, op: Operation): IrreversibleReason | undefined {
  if (!command) {
    if (op.kind === 'unknown') {
      return {
        message:
          `unknown call \`${op.method ?? 'call'}\` in \`change\`: cannot know how to undo it. ` +
          'Define `up` and `down`, or wrap it in `reversible` with a `dir.down` that undoes it.',
        line: op.line,
      };
    }
    return op.kind === 'backfill' ? dataChangeInChange(op) : undefined;
  }
  const message = RULES[command.method]?.(command, op);
  return message === undefined ? undefined : { message, line: op.line };
}

function dataChangeInChange(op: Operation): IrreversibleReason {
  return {
    message:
      `data change \`${op.code}\` in \`change\` cannot be rolled back: Rails does not record it, so a rollback runs it again instead of undoing it. ` +
      'Move it to `up`/`down`, or into `reversible do |dir| dir.up { ... } end` with a `dir.down` that undoes it.',
    line: op.line,
  };
}

export function upWithoutDown(line: number): IrreversibleReason {
  return {
    message:
      'the migration defines `up` but no `down`: a rollback silently does nothing and leaves the schema changed. ' +
      'Add a `down` that undoes `up`, or write the migration as `change` with reversible commands.',
    line,
  };
}

export function downRaisesIrreversible(line: number): IrreversibleReason {
  return {
    message:
      '`down` raises ActiveRecord::IrreversibleMigration: this migration is declared irreversible and a rollback stops here. ' +
      'Write a `down` that undoes `up` if the change can be undone.',
    line,
  };
}

export function reversibleUpWithoutDown(op: Operation): IrreversibleReason {
  return {
    message:
      `\`reversible\` runs \`${op.code}\` in \`dir.up\` but has no \`dir.down\`: a rollback leaves it in place. ` +
      'Add `dir.down { ... }` that undoes it.',
    line: op.line,
  };
}

export function cannotRevert(op: Operation, original: string): IrreversibleReason {
  return {
    message:
      `\`revert\` cannot invert \`${original}\`: the migration fails when it runs. ` +
      'Write the inverse command yourself instead of wrapping this one in `revert`.',
    line: op.line,
  };
}

function table(op: Operation): string {
  return op.table ? `table ${op.table}` : 'the table';
}

function column(op: Operation): string {
  const name = op.columns?.[0];
  return name && op.table ? `${op.table}.${name}` : name ? `column ${name}` : 'the column';
}

function columns(op: Operation): string {
  return op.columns?.length ? `${op.table ? `${op.table}.` : ''}${op.columns.join(', ')}` : 'the columns';
}

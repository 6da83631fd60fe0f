// Column types production has, from the db/schema.rb it runs: a type change is a rewrite unless
// the old type is known to be binary-coercible to the new one (varchar(100) to text), so knowing
// the old type turns a false "rewrite" into the metadata change it is. schema.rb is generated
// code with one statement per line, so reading it line by line is reliable here (the migrations
// themselves go through the Ruby parser).

/** table → column → type as Rails writes it (`string(255)` when a limit is given). */
export type ColumnTypes = Map<string, Map<string, string>>;

const CREATE_TABLE = /^\s*create_table\s+"([^"]+)"/;
const COLUMN = /^\s*t\.(\w+)\s+"([^"]+)"(.*)$/;
const LIMIT = /\blimit:\s*(\d+)/;
/** `t.index`, `t.check_constraint` ... are not columns. */
const NOT_COLUMNS = new Set(['index', 'check_constraint', 'exclusion_constraint', 'unique_constraint', 'foreign_key', 'timestamps']);

export function parseSchemaRbColumns(text: string): ColumnTypes {
  const tables: ColumnTypes = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    const table = CREATE_TABLE.exec(line);
    if (table) {
      current = new Map();
      tables.set(table[1]!, current);
      continue;
    }
    if (/^\s*end\b/.test(line)) {
      current = undefined;
      continue;
    }
    const column = current ? COLUMN.exec(line) : null;
    if (!column || NOT_COLUMNS.has(column[1]!)) continue;
    const limit = LIMIT.exec(column[3] ?? '')?.[1];
    current!.set(column[2]!, limit ? `${column[1]}(${limit})` : column[1]!);
  }
  return tables;
}

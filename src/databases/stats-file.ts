// Table sizes from a file that a scheduled job exports from production, for teams whose CI may
// not reach the database. YAML, JSON or CSV, by extension. Strict: a misspelled column or a
// mangled number would otherwise make a big table look small or unknown, and a table that looks
// small is how a two-hour lock gets through the gate.
//
//   tables:                              # or a bare list, or a map `orders: {rows: ...}`
//     - {table: orders, rows: 48_200_000, bytes: 9_800_000_000, index_bytes: 3_100_000_000, indexes: 7}
//     - {table: audit_events, rows: unknown}
//
//   table,rows,bytes,index_bytes,indexes  # CSV: a header row, then one table per line
//   orders,48200000,9800000000,3100000000,7

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
// Static, not lazy like config-file.ts: parseStatsFile is synchronous. Callers load this module
// lazily (`await import`) when a stats file is configured, so the CLI's start-up does not pay.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { ROWS_UNCERTAINTY, type Adapter, type StatsSnapshot, type TableStats } from '../gates/migrations/model.js';
import { GateInputError } from '../model/result.js';

const INPUT = 'table-stats';
const ENTRY_FIELDS = ['table', 'rows', 'bytes', 'index_bytes', 'indexes'] as const;
const MAP_ENTRY_FIELDS = ENTRY_FIELDS.filter((field) => field !== 'table');
const ENVELOPE_KEYS = ['adapter', 'database_version', 'exported_at', 'tables'] as const;
const NUMBER_FORM = 'a whole number such as 48200000 or 48_200_000, or empty, null or unknown when not known';
const ADAPTERS: Record<string, Adapter> = { postgresql: 'postgresql', postgres: 'postgresql', mysql: 'mysql', mariadb: 'mysql' };

/** A value as written: null for an empty cell or `rows:` with nothing after it; undefined text for a list or mapping. */
interface FieldValue {
  text: string | null | undefined;
  line: number;
}

/** One table's entry before validation, whatever the format. */
interface RawEntry {
  line: number;
  /** From the `table` field, or from the key in the map form. */
  table?: FieldValue;
  fields: Map<string, FieldValue>;
}

interface Envelope {
  adapter?: FieldValue;
  databaseVersion?: FieldValue;
  exportedAt?: FieldValue;
}

/** Reads and parses the stats file; a missing or unreadable file names the path and the input. */
export async function readStatsFile(path: string): Promise<StatsSnapshot> {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`;
    throw new GateInputError(
      `\`${INPUT}\`: ${path} ${why}; fix the \`${INPUT}\` input (a path in the workspace) or check that the scheduled export wrote the file.`,
    );
  }
  return parseStatsFile(path, content);
}

export function parseStatsFile(path: string, content: string): StatsSnapshot {
  const extension = extname(path).toLowerCase();
  const problem: Problem = (line, message, table) =>
    new GateInputError(`\`${INPUT}\` file ${path}${line === undefined ? '' : `, line ${line}`}${table === undefined ? '' : ` (table ${table})`}: ${message}`);
  let parsed: { envelope: Envelope; entries: RawEntry[] };
  if (extension === '.csv') {
    parsed = { envelope: {}, entries: csvEntries(content, problem) };
  } else if (extension === '.json' || extension === '.yml' || extension === '.yaml') {
    if (extension === '.json') {
      // JSON.parse only to refuse what is YAML but not JSON; the YAML parser below reads the
      // same text (JSON is YAML) because it knows each value's line.
      try {
        JSON.parse(content);
      } catch (error) {
        throw problem(undefined, `is not valid JSON: ${(error as Error).message}.`);
      }
    }
    parsed = yamlEntries(content, extension === '.json' ? 'JSON' : 'YAML', problem);
  } else {
    throw new GateInputError(
      `\`${INPUT}\` file ${path} has the extension ${JSON.stringify(extension || '(none)')}; accepted: .yml, .yaml, .json, .csv (the extension says how to read it).`,
    );
  }
  return toSnapshot(path, parsed.envelope, parsed.entries, problem);
}

/** An error naming the file, the line and the table where they are known. */
type Problem = (line: number | undefined, message: string, table?: string) => GateInputError;

// ---- YAML and JSON --------------------------------------------------------------------------

function yamlEntries(content: string, format: 'YAML' | 'JSON', problem: Problem): { envelope: Envelope; entries: RawEntry[] } {
  const lineCounter = new LineCounter();
  // failsafe: every scalar stays the text it was written as, so `48_200_000`, `null` and
  // `unknown` are read by one rule here, and a version `15.10` does not become 15.1.
  const document = parseDocument(content, { schema: 'failsafe', lineCounter, uniqueKeys: false });
  const syntaxError = document.errors[0];
  if (syntaxError) throw problem(undefined, `is not valid ${format}: ${syntaxError.message.split('\n', 1)[0]?.replace(/:$/, '')}.`);
  const lineOf = (node: unknown): number => {
    const range = (node as Node | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document as Document) : node);
  const valueOf = (node: unknown, fallbackLine: number): FieldValue => {
    const resolved = resolve(node);
    if (resolved === null || resolved === undefined) return { text: null, line: fallbackLine };
    if (isScalar(resolved)) return { text: resolved.value === null ? null : String(resolved.value), line: lineOf(resolved) };
    return { text: undefined, line: lineOf(resolved) };
  };
  const keyOf = (pair: Pair): string => {
    const key = resolve(pair.key);
    return isScalar(key) ? String(key.value) : '';
  };
  /** The pairs of a mapping, refusing a key written twice (the YAML parser would keep the last). */
  const pairsOf = (map: YAMLMap, what: string): Map<string, { pair: Pair; line: number }> => {
    const pairs = new Map<string, { pair: Pair; line: number }>();
    for (const pair of map.items) {
      const key = keyOf(pair);
      const line = lineOf(pair.key);
      const earlier = pairs.get(key);
      if (earlier) throw problem(line, `\`${key}\` is written twice in ${what} (also on line ${earlier.line}); keep one.`);
      pairs.set(key, { pair, line });
    }
    return pairs;
  };
  const fieldsOf = (map: YAMLMap, accepted: readonly string[], example: string): Map<string, FieldValue> => {
    const fields = new Map<string, FieldValue>();
    for (const [key, { pair, line }] of pairsOf(map, 'one entry')) {
      if (!accepted.includes(key)) throw problem(line, `unknown key \`${key}\`; accepted: ${accepted.join(', ')} (as in ${example}).`);
      fields.set(key, valueOf(pair.value, line));
    }
    return fields;
  };
  const listEntries = (seq: unknown): RawEntry[] => {
    if (!isSeq(seq)) throw problem(lineOf(seq), 'the tables must be a list such as [{table: orders, rows: 48200000}].');
    return seq.items.map((item) => {
      const node = resolve(item);
      const line = lineOf(node);
      if (!isMap(node)) throw problem(line, 'each entry of the list must be a mapping such as {table: orders, rows: 48200000}.');
      const fields = fieldsOf(node, ENTRY_FIELDS, '{table: orders, rows: 48200000}');
      const table = fields.get('table');
      fields.delete('table');
      return { line, table, fields };
    });
  };
  // Not pairsOf: a table written twice is reported like a duplicate in the list form, below.
  const mapEntries = (map: YAMLMap): RawEntry[] =>
    map.items.map((pair) => {
      const table = keyOf(pair);
      const line = lineOf(pair.key);
      const node = resolve(pair.value);
      if (!isMap(node)) throw problem(line, `table \`${table}\` must map to its sizes, such as \`${table}: {rows: 48200000}\`.`);
      return { line, table: { text: table, line }, fields: fieldsOf(node, MAP_ENTRY_FIELDS, `${table}: {rows: 48200000}`) };
    });
  const tablesOf = (node: unknown): RawEntry[] => {
    const resolved = resolve(node);
    if (resolved === null || resolved === undefined) return [];
    return isMap(resolved) ? mapEntries(resolved) : listEntries(resolved);
  };

  const root = resolve(document.contents);
  if (!isMap(root) || !isEnvelope(root, keyOf)) return { envelope: {}, entries: tablesOf(root) };
  const envelope: Envelope = {};
  let entries: RawEntry[] = [];
  for (const [key, { pair, line }] of pairsOf(root, 'the file')) {
    if (key === 'tables') entries = tablesOf(pair.value);
    else if (key === 'adapter') envelope.adapter = valueOf(pair.value, line);
    else if (key === 'database_version') envelope.databaseVersion = valueOf(pair.value, line);
    else if (key === 'exported_at') envelope.exportedAt = valueOf(pair.value, line);
    else throw problem(line, `unknown key \`${key}\` at the top level; accepted: ${ENVELOPE_KEYS.join(', ')}.`);
  }
  return { envelope, entries };
}

/**
 * `{tables: [...]}` (or `{tables: {orders: {...}}}`) is the envelope; any other mapping is the
 * map form, where `tables` would be the name of a table: that is told apart by its `rows`.
 */
function isEnvelope(root: YAMLMap, keyOf: (pair: Pair) => string): boolean {
  const tables = root.items.find((pair) => keyOf(pair) === 'tables');
  if (!tables) return false;
  return !(isMap(tables.value) && tables.value.items.some((pair) => keyOf(pair) === 'rows' && !isMap(pair.value)));
}

// ---- CSV ------------------------------------------------------------------------------------

function csvEntries(content: string, problem: Problem): RawEntry[] {
  const [header, ...records] = csvRecords(content, problem);
  if (!header) return [];
  const columns = header.fields.map((field) => field.toLowerCase());
  const accepted = `accepted columns: ${ENTRY_FIELDS.join(', ')} (table and rows are required)`;
  columns.forEach((column, index) => {
    if (!(ENTRY_FIELDS as readonly string[]).includes(column)) {
      throw problem(header.line, `the header has an unknown column ${JSON.stringify(header.fields[index])}; ${accepted}.`);
    }
    if (columns.indexOf(column) !== index) throw problem(header.line, `the header has the column \`${column}\` twice; ${accepted}.`);
  });
  for (const required of ['table', 'rows']) {
    if (!columns.includes(required)) throw problem(header.line, `the header has no \`${required}\` column; ${accepted}.`);
  }
  return records.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      throw problem(line, `has ${fields.length} values where the header has ${columns.length} columns (${columns.join(', ')}).`);
    }
    const values = new Map<string, FieldValue>(columns.map((column, index) => [column, { text: fields[index] ?? null, line }]));
    const table = values.get('table');
    values.delete('table');
    return { line, table, fields: values };
  });
}

/** RFC 4180 records with the line each starts on; blank lines are skipped. */
function csvRecords(content: string, problem: Problem): { line: number; fields: string[] }[] {
  const text = content.replace(/^\uFEFF/, '');
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field.trim());
    field = '';
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char !== '\r') {
      field += char;
    }
  }
  if (quoted) throw problem(recordLine, 'a quoted value is never closed (a `"` is missing).');
  endRecord();
  return records;
}

// ---- validation -----------------------------------------------------------------------------

function toSnapshot(path: string, envelope: Envelope, entries: RawEntry[], problem: Problem): StatsSnapshot {
  const adapter = envelope.adapter ? adapterOf(envelope.adapter, problem) : undefined;
  const serverVersion = envelope.databaseVersion ? textOf('database_version', envelope.databaseVersion, problem) : undefined;
  const exportedAt = envelope.exportedAt ? textOf('exported_at', envelope.exportedAt, problem) : undefined;
  if (entries.length === 0) throw problem(undefined, 'lists no tables; an export that found none has probably failed (a file with no tables proves nothing).');

  const uncertainty = adapter ? ROWS_UNCERTAINTY[adapter] : undefined;
  const tables = new Map<string, TableStats>();
  const firstLine = new Map<string, number>();
  for (const entry of entries) {
    const name = tableNameOf(entry, problem);
    const earlier = firstLine.get(name);
    if (earlier !== undefined) throw problem(entry.line, `table \`${name}\` is listed twice (also on line ${earlier}); keep one entry per table.`);
    firstLine.set(name, entry.line);
    if (!entry.fields.has('rows')) throw problem(entry.line, 'has no `rows`; write `rows: unknown` when the count is not known.', name);
    const count = (field: string) => {
      const value = entry.fields.get(field);
      return value ? countOf(field, value, name, problem) : null;
    };
    const stats: TableStats = { table: name, rows: count('rows') };
    const bytes = count('bytes');
    const indexBytes = count('index_bytes');
    const indexCount = count('indexes');
    if (bytes !== null) stats.bytes = bytes;
    if (indexBytes !== null) stats.indexBytes = indexBytes;
    if (indexCount !== null) stats.indexCount = indexCount;
    if (uncertainty !== undefined) stats.rowsUncertainty = uncertainty;
    tables.set(name, stats);
  }
  const snapshot: StatsSnapshot = { source: exportedAt ? `${path} (exported ${exportedAt})` : path, tables };
  if (adapter) snapshot.adapter = adapter;
  if (serverVersion) snapshot.serverVersion = serverVersion;
  return snapshot;
}

function tableNameOf(entry: RawEntry, problem: Problem): string {
  const form = 'accepted form: {table: orders, rows: 48200000}, or a `table` column in CSV';
  if (!entry.table) throw problem(entry.line, `the entry has no \`table\`; ${form}.`);
  const name = entry.table.text?.trim();
  if (entry.table.text === undefined) throw problem(entry.table.line, `\`table\` must be a name, not a list or mapping; ${form}.`);
  if (!name) throw problem(entry.table.line, `\`table\` is empty; ${form}.`);
  return name;
}

/** `48200000` or `48_200_000`; empty, `null`, `~` or `unknown` → null (not known, never 0). */
function countOf(field: string, value: FieldValue, table: string, problem: Problem): number | null {
  const text = value.text?.trim();
  if (value.text === undefined) throw problem(value.line, `\`${field}\` is a list or mapping; accepted: ${NUMBER_FORM}.`, table);
  if (!text || /^(null|~|unknown)$/i.test(text)) return null;
  if (/^\d+(_\d+)*$/.test(text)) {
    const number = Number(text.replace(/_/g, ''));
    if (Number.isSafeInteger(number)) return number;
    throw problem(value.line, `\`${field}\` is ${text}, too large to be exact; accepted: ${NUMBER_FORM}.`, table);
  }
  const why = /^-\s*[\d_]+$/.test(text) ? 'a negative number' : 'not a whole number';
  throw problem(value.line, `\`${field}\` is ${JSON.stringify(text)}, ${why}; accepted: ${NUMBER_FORM}.`, table);
}

function textOf(field: string, value: FieldValue, problem: Problem): string | undefined {
  if (value.text === undefined) throw problem(value.line, `\`${field}\` must be text, not a list or mapping.`);
  return value.text?.trim() || undefined;
}

function adapterOf(value: FieldValue, problem: Problem): Adapter | undefined {
  const text = textOf('adapter', value, problem);
  if (text === undefined) return undefined;
  const adapter = ADAPTERS[text.toLowerCase()];
  if (!adapter) throw problem(value.line, `\`adapter\` is ${JSON.stringify(text)}; accepted: ${Object.keys(ADAPTERS).join(', ')}.`);
  return adapter;
}

export const id = 272;
export const ids = [272,32];
export const modules = {

/***/ 4272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStatsFile: () => (/* binding */ readStatsFile)
/* harmony export */ });
/* unused harmony export parseStatsFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2960);
/* harmony import */ var _table_stats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7032);
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


// Static, not lazy like config-file.ts: parseStatsFile is synchronous. Callers load this module
// lazily (`await import`) when a stats file is configured, so the CLI's start-up does not pay.



const INPUT = 'table-stats';
const ENTRY_FIELDS = ['table', 'rows', 'bytes', 'index_bytes', 'indexes'];
const MAP_ENTRY_FIELDS = ENTRY_FIELDS.filter((field) => field !== 'table');
const ENVELOPE_KEYS = ['adapter', 'database_version', 'exported_at', 'tables'];
const NUMBER_FORM = 'a whole number such as 48200000 or 48_200_000, or empty, null or unknown when not known';
const ADAPTERS = { postgresql: 'postgresql', postgres: 'postgresql', mysql: 'mysql', mariadb: 'mysql' };
/** Reads and parses the stats file; a missing or unreadable file names the path and the input. */
async function readStatsFile(path) {
    let content;
    try {
        content = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? String(error);
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`;
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay(`\`${INPUT}\`: ${path} ${why}; fix the \`${INPUT}\` input (a path in the workspace) or check that the scheduled export wrote the file.`);
    }
    return parseStatsFile(path, content);
}
function parseStatsFile(path, content) {
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    const problem = (line, message, table) => new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay(`\`${INPUT}\` file ${path}${line === undefined ? '' : `, line ${line}`}${table === undefined ? '' : ` (table ${table})`}: ${message}`);
    let parsed;
    if (extension === '.csv') {
        parsed = { envelope: {}, entries: csvEntries(content, problem) };
    }
    else if (extension === '.json' || extension === '.yml' || extension === '.yaml') {
        if (extension === '.json') {
            // JSON.parse only to refuse what is YAML but not JSON; the YAML parser below reads the
            // same text (JSON is YAML) because it knows each value's line.
            try {
                JSON.parse(content);
            }
            catch (error) {
                throw problem(undefined, `is not valid JSON: ${error.message}.`);
            }
        }
        parsed = yamlEntries(content, extension === '.json' ? 'JSON' : 'YAML', problem);
    }
    else {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay(`\`${INPUT}\` file ${path} has the extension ${JSON.stringify(extension || '(none)')}; accepted: .yml, .yaml, .json, .csv (the extension says how to read it).`);
    }
    return toSnapshot(path, parsed.envelope, parsed.entries, problem);
}
// ---- YAML and JSON --------------------------------------------------------------------------
function yamlEntries(content, format, problem) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    // failsafe: every scalar stays the text it was written as, so `48_200_000`, `null` and
    // `unknown` are read by one rule here, and a version `15.10` does not become 15.1.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(content, { schema: 'failsafe', lineCounter, uniqueKeys: false });
    const syntaxError = document.errors[0];
    if (syntaxError)
        throw problem(undefined, `is not valid ${format}: ${syntaxError.message.split('\n', 1)[0]?.replace(/:$/, '')}.`);
    const lineOf = (node) => {
        const range = node?.range;
        return range ? lineCounter.linePos(range[0]).line : 1;
    };
    const resolve = (node) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(node) ? node.resolve(document) : node);
    const valueOf = (node, fallbackLine) => {
        const resolved = resolve(node);
        if (resolved === null || resolved === undefined)
            return { text: null, line: fallbackLine };
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(resolved))
            return { text: resolved.value === null ? null : String(resolved.value), line: lineOf(resolved) };
        return { text: undefined, line: lineOf(resolved) };
    };
    const keyOf = (pair) => {
        const key = resolve(pair.key);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(key) ? String(key.value) : '';
    };
    /** The pairs of a mapping, refusing a key written twice (the YAML parser would keep the last). */
    const pairsOf = (map, what) => {
        const pairs = new Map();
        for (const pair of map.items) {
            const key = keyOf(pair);
            const line = lineOf(pair.key);
            const earlier = pairs.get(key);
            if (earlier)
                throw problem(line, `\`${key}\` is written twice in ${what} (also on line ${earlier.line}); keep one.`);
            pairs.set(key, { pair, line });
        }
        return pairs;
    };
    const fieldsOf = (map, accepted, example) => {
        const fields = new Map();
        for (const [key, { pair, line }] of pairsOf(map, 'one entry')) {
            if (!accepted.includes(key))
                throw problem(line, `unknown key \`${key}\`; accepted: ${accepted.join(', ')} (as in ${example}).`);
            fields.set(key, valueOf(pair.value, line));
        }
        return fields;
    };
    const listEntries = (seq) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(seq))
            throw problem(lineOf(seq), 'the tables must be a list such as [{table: orders, rows: 48200000}].');
        return seq.items.map((item) => {
            const node = resolve(item);
            const line = lineOf(node);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
                throw problem(line, 'each entry of the list must be a mapping such as {table: orders, rows: 48200000}.');
            const fields = fieldsOf(node, ENTRY_FIELDS, '{table: orders, rows: 48200000}');
            const table = fields.get('table');
            fields.delete('table');
            return { line, table, fields };
        });
    };
    // Not pairsOf: a table written twice is reported like a duplicate in the list form, below.
    const mapEntries = (map) => map.items.map((pair) => {
        const table = keyOf(pair);
        const line = lineOf(pair.key);
        const node = resolve(pair.value);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
            throw problem(line, `table \`${table}\` must map to its sizes, such as \`${table}: {rows: 48200000}\`.`);
        return { line, table: { text: table, line }, fields: fieldsOf(node, MAP_ENTRY_FIELDS, `${table}: {rows: 48200000}`) };
    });
    const tablesOf = (node) => {
        const resolved = resolve(node);
        if (resolved === null || resolved === undefined)
            return [];
        return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(resolved) ? mapEntries(resolved) : listEntries(resolved);
    };
    const root = resolve(document.contents);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) || !isEnvelope(root, keyOf))
        return { envelope: {}, entries: tablesOf(root) };
    const envelope = {};
    let entries = [];
    for (const [key, { pair, line }] of pairsOf(root, 'the file')) {
        if (key === 'tables')
            entries = tablesOf(pair.value);
        else if (key === 'adapter')
            envelope.adapter = valueOf(pair.value, line);
        else if (key === 'database_version')
            envelope.databaseVersion = valueOf(pair.value, line);
        else if (key === 'exported_at')
            envelope.exportedAt = valueOf(pair.value, line);
        else
            throw problem(line, `unknown key \`${key}\` at the top level; accepted: ${ENVELOPE_KEYS.join(', ')}.`);
    }
    return { envelope, entries };
}
/**
 * `{tables: [...]}` (or `{tables: {orders: {...}}}`) is the envelope; any other mapping is the
 * map form, where `tables` would be the name of a table: that is told apart by its `rows`.
 */
function isEnvelope(root, keyOf) {
    const tables = root.items.find((pair) => keyOf(pair) === 'tables');
    if (!tables)
        return false;
    return !((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(tables.value) && tables.value.items.some((pair) => keyOf(pair) === 'rows' && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(pair.value)));
}
// ---- CSV ------------------------------------------------------------------------------------
function csvEntries(content, problem) {
    const [header, ...records] = csvRecords(content, problem);
    if (!header)
        return [];
    const columns = header.fields.map((field) => field.toLowerCase());
    const accepted = `accepted columns: ${ENTRY_FIELDS.join(', ')} (table and rows are required)`;
    columns.forEach((column, index) => {
        if (!ENTRY_FIELDS.includes(column)) {
            throw problem(header.line, `the header has an unknown column ${JSON.stringify(header.fields[index])}; ${accepted}.`);
        }
        if (columns.indexOf(column) !== index)
            throw problem(header.line, `the header has the column \`${column}\` twice; ${accepted}.`);
    });
    for (const required of ['table', 'rows']) {
        if (!columns.includes(required))
            throw problem(header.line, `the header has no \`${required}\` column; ${accepted}.`);
    }
    return records.map(({ line, fields }) => {
        if (fields.length !== columns.length) {
            throw problem(line, `has ${fields.length} values where the header has ${columns.length} columns (${columns.join(', ')}).`);
        }
        const values = new Map(columns.map((column, index) => [column, { text: fields[index] ?? null, line }]));
        const table = values.get('table');
        values.delete('table');
        return { line, table, fields: values };
    });
}
/** RFC 4180 records with the line each starts on; blank lines are skipped. */
function csvRecords(content, problem) {
    const text = content.replace(/^\uFEFF/, '');
    const records = [];
    let fields = [];
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
        if (fields.length > 1 || fields[0] !== '')
            records.push({ line: recordLine, fields });
        fields = [];
    };
    for (let index = 0; index < text.length; index += 1) {
        const char = text[index];
        if (quoted) {
            if (char === '"' && text[index + 1] === '"') {
                field += '"';
                index += 1;
            }
            else if (char === '"') {
                quoted = false;
            }
            else {
                if (char === '\n')
                    line += 1;
                field += char;
            }
        }
        else if (char === '"' && field.trim() === '') {
            quoted = true;
        }
        else if (char === ',') {
            endField();
        }
        else if (char === '\n') {
            endRecord();
            line += 1;
            recordLine = line;
        }
        else if (char !== '\r') {
            field += char;
        }
    }
    if (quoted)
        throw problem(recordLine, 'a quoted value is never closed (a `"` is missing).');
    endRecord();
    return records;
}
// ---- validation -----------------------------------------------------------------------------
function toSnapshot(path, envelope, entries, problem) {
    const adapter = envelope.adapter ? adapterOf(envelope.adapter, problem) : undefined;
    const serverVersion = envelope.databaseVersion ? textOf('database_version', envelope.databaseVersion, problem) : undefined;
    const exportedAt = envelope.exportedAt ? textOf('exported_at', envelope.exportedAt, problem) : undefined;
    if (entries.length === 0)
        throw problem(undefined, 'lists no tables; an export that found none has probably failed (a file with no tables proves nothing).');
    const uncertainty = adapter === 'postgresql' ? _table_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .POSTGRES_ROWS_UNCERTAINTY */ .nt : adapter === 'mysql' ? _table_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .INNODB_ROWS_UNCERTAINTY */ .Ox : undefined;
    const tables = new Map();
    const firstLine = new Map();
    for (const entry of entries) {
        const name = tableNameOf(entry, problem);
        const earlier = firstLine.get(name);
        if (earlier !== undefined)
            throw problem(entry.line, `table \`${name}\` is listed twice (also on line ${earlier}); keep one entry per table.`);
        firstLine.set(name, entry.line);
        if (!entry.fields.has('rows'))
            throw problem(entry.line, 'has no `rows`; write `rows: unknown` when the count is not known.', name);
        const count = (field) => {
            const value = entry.fields.get(field);
            return value ? countOf(field, value, name, problem) : null;
        };
        const stats = { table: name, rows: count('rows') };
        const bytes = count('bytes');
        const indexBytes = count('index_bytes');
        const indexCount = count('indexes');
        if (bytes !== null)
            stats.bytes = bytes;
        if (indexBytes !== null)
            stats.indexBytes = indexBytes;
        if (indexCount !== null)
            stats.indexCount = indexCount;
        if (uncertainty !== undefined)
            stats.rowsUncertainty = uncertainty;
        tables.set(name, stats);
    }
    const snapshot = { source: exportedAt ? `${path} (exported ${exportedAt})` : path, tables };
    if (adapter)
        snapshot.adapter = adapter;
    if (serverVersion)
        snapshot.serverVersion = serverVersion;
    return snapshot;
}
function tableNameOf(entry, problem) {
    const form = 'accepted form: {table: orders, rows: 48200000}, or a `table` column in CSV';
    if (!entry.table)
        throw problem(entry.line, `the entry has no \`table\`; ${form}.`);
    const name = entry.table.text?.trim();
    if (entry.table.text === undefined)
        throw problem(entry.table.line, `\`table\` must be a name, not a list or mapping; ${form}.`);
    if (!name)
        throw problem(entry.table.line, `\`table\` is empty; ${form}.`);
    return name;
}
/** `48200000` or `48_200_000`; empty, `null`, `~` or `unknown` → null (not known, never 0). */
function countOf(field, value, table, problem) {
    const text = value.text?.trim();
    if (value.text === undefined)
        throw problem(value.line, `\`${field}\` is a list or mapping; accepted: ${NUMBER_FORM}.`, table);
    if (!text || /^(null|~|unknown)$/i.test(text))
        return null;
    if (/^\d+(_\d+)*$/.test(text)) {
        const number = Number(text.replace(/_/g, ''));
        if (Number.isSafeInteger(number))
            return number;
        throw problem(value.line, `\`${field}\` is ${text}, too large to be exact; accepted: ${NUMBER_FORM}.`, table);
    }
    const why = /^-\s*[\d_]+$/.test(text) ? 'a negative number' : 'not a whole number';
    throw problem(value.line, `\`${field}\` is ${JSON.stringify(text)}, ${why}; accepted: ${NUMBER_FORM}.`, table);
}
function textOf(field, value, problem) {
    if (value.text === undefined)
        throw problem(value.line, `\`${field}\` must be text, not a list or mapping.`);
    return value.text?.trim() || undefined;
}
function adapterOf(value, problem) {
    const text = textOf('adapter', value, problem);
    if (text === undefined)
        return undefined;
    const adapter = ADAPTERS[text.toLowerCase()];
    if (!adapter)
        throw problem(value.line, `\`adapter\` is ${JSON.stringify(text)}; accepted: ${Object.keys(ADAPTERS).join(', ')}.`);
    return adapter;
}


/***/ }),

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ox: () => (/* binding */ INNODB_ROWS_UNCERTAINTY),
/* harmony export */   nt: () => (/* binding */ POSTGRES_ROWS_UNCERTAINTY),
/* harmony export */   readTableStats: () => (/* binding */ readTableStats)
/* harmony export */ });
/* unused harmony export splitQualifiedName */
// Reads how big the tables a deploy touches are, from the catalog of a live database (a read
// replica is enough). Only the named tables, in one query per call, so that a database with
// thousands of tables answers as fast as one with ten. A table that does not exist is simply
// absent from the result: the gate knows whether the migration creates it.
/** reltuples is kept by ANALYZE/VACUUM from a sample; scaled to the current size (below), it is rarely off by more. */
const POSTGRES_ROWS_UNCERTAINTY = 0.1;
/** InnoDB's TABLE_ROWS comes from a few sampled pages and is documented to be off by 40-50%. */
const INNODB_ROWS_UNCERTAINTY = 0.5;
async function readTableStats(client, tables) {
    const names = [...new Set(tables)];
    const found = names.length === 0 ? new Map() : client.adapter === 'postgresql' ? await readPostgres(client, names) : await readMysql(client, names);
    return { adapter: client.adapter, serverVersion: client.serverVersion, source: client.description, tables: found };
}
// ---- PostgreSQL -----------------------------------------------------------------------------
// Each name is looked up twice: exactly as written (ActiveRecord quotes identifiers, so
// `create_table "Orders"` makes "Orders"), then folded to lower case (an unquoted SQL identifier
// `ALTER TABLE Orders` means orders). Both are quoted before to_regclass, so no name can be a
// syntax error; an unqualified name resolves through the search_path like the migration's would.
//
// A table's rows are the sum over its inheritance tree: a partitioned table (relkind 'p') has no
// storage of its own, and ALTER TABLE on an inheritance parent recurses into its children too.
const POSTGRES_STATS_SQL = `
WITH RECURSIVE requested AS (
  SELECT r.name, COALESCE(to_regclass(r.exact), to_regclass(r.folded)) AS relid
  FROM unnest($1::text[], $2::text[], $3::text[]) AS r(name, exact, folded)
),
tree AS (
  SELECT q.name, q.relid AS root, q.relid AS member
  FROM requested q JOIN pg_class c ON c.oid = q.relid
  WHERE c.relkind IN ('r', 'p', 'm')
  UNION ALL
  SELECT tree.name, tree.root, i.inhrelid
  FROM tree JOIN pg_inherits i ON i.inhparent = tree.member
),
members AS (
  SELECT tree.name, tree.root, c.relkind, c.reltuples::float8 AS reltuples, c.relpages::float8 AS relpages,
         pg_relation_size(c.oid)::float8 AS heap_bytes,
         pg_table_size(c.oid)::float8 AS table_bytes,
         pg_indexes_size(c.oid)::float8 AS index_bytes
  FROM tree JOIN pg_class c ON c.oid = tree.member
)
SELECT m.name,
       count(*) FILTER (WHERE m.rows IS NULL) AS unknown_members,
       sum(m.rows) AS rows,
       sum(m.heap_bytes) AS heap_bytes,
       sum(m.table_bytes) AS bytes,
       sum(m.index_bytes) AS index_bytes,
       (SELECT count(*) FROM pg_index x WHERE x.indrelid = m.root) AS index_count
FROM (
  SELECT members.*,
         CASE
           -- No page on disk: no row, whatever the statistics say (an empty table never analysed).
           WHEN heap_bytes = 0 THEN 0
           -- Never analysed: -1 since PostgreSQL 14; 0 rows on 0 pages before it.
           WHEN reltuples < 0 OR relpages = 0 THEN NULL
           -- The planner's own estimate: the density ANALYZE saw, times the pages there are now,
           -- so a table that doubled since its last ANALYZE is not reported at half its size.
           ELSE round(reltuples / relpages * (heap_bytes / current_setting('block_size')::float8))
         END AS rows
  FROM members
) m
GROUP BY m.name, m.root
`;
async function readPostgres(client, names) {
    const lookups = names.map((name) => ({ name, parts: splitQualifiedName(name) })).filter((l) => l.parts !== undefined);
    const rows = await client.query(POSTGRES_STATS_SQL, [
        lookups.map((l) => l.name),
        lookups.map((l) => quoteParts(l.parts, false)),
        lookups.map((l) => quoteParts(l.parts, true)),
    ]);
    const result = new Map();
    for (const row of rows) {
        const name = String(row['name']);
        const unknown = toNumber(row['unknown_members']) ?? 0;
        const rowCount = unknown > 0 ? null : toNumber(row['rows']);
        result.set(name, {
            table: name,
            rows: rowCount,
            // Heap bytes, as the cost model's rates were fitted on (pg_relation_size, like MySQL's
            // DATA_LENGTH); TOAST is left out of the estimate's size term, not of the table.
            bytes: toNumber(row['heap_bytes']) ?? 0,
            indexBytes: toNumber(row['index_bytes']) ?? 0,
            indexCount: toNumber(row['index_count']) ?? 0,
            // No heap page anywhere in the tree is a certain zero; anything else is an estimate.
            rowsUncertainty: rowCount === 0 && toNumber(row['heap_bytes']) === 0 ? 0 : POSTGRES_ROWS_UNCERTAINTY,
        });
    }
    return result;
}
/**
 * `orders`, `public.orders`, `"Orders"`, `"my.schema"."t"` → its parts; undefined for what cannot
 * name a table (empty, three parts): such a name is not in the database, so it is just absent.
 */
function splitQualifiedName(name) {
    const parts = [];
    let index = 0;
    while (index <= name.length) {
        if (name[index] === '"') {
            let text = '';
            index += 1;
            for (;;) {
                if (index >= name.length)
                    return undefined;
                if (name[index] === '"') {
                    if (name[index + 1] === '"') {
                        text += '"';
                        index += 2;
                        continue;
                    }
                    index += 1;
                    break;
                }
                text += name[index];
                index += 1;
            }
            parts.push({ text, quoted: true });
        }
        else {
            const end = name.indexOf('.', index);
            const text = (end === -1 ? name.slice(index) : name.slice(index, end)).trim();
            parts.push({ text, quoted: false });
            index = end === -1 ? name.length : end;
        }
        if (index >= name.length)
            break;
        if (name[index] !== '.')
            return undefined;
        index += 1;
    }
    if (parts.length === 0 || parts.length > 2 || parts.some((p) => p.text === ''))
        return undefined;
    return parts.length === 2 ? { schema: parts[0], table: parts[1] } : { table: parts[0] };
}
function quoteParts(parts, folded) {
    const quote = (part) => `"${(folded && !part.quoted ? part.text.toLowerCase() : part.text).replace(/"/g, '""')}"`;
    return parts.schema ? `${quote(parts.schema)}.${quote(parts.table)}` : quote(parts.table);
}
// ---- MySQL / MariaDB ------------------------------------------------------------------------
async function readMysql(client, names) {
    const lookups = names
        .map((name) => ({ name, parts: splitMysqlName(name) }))
        .filter((l) => l.parts !== undefined);
    if (lookups.length === 0)
        return new Map();
    if (isMysql8OrLater(client.serverVersion)) {
        // MySQL 8 caches information_schema.TABLES sizes for a day by default; we want today's.
        await client.query('SET SESSION information_schema_stats_expiry = 0');
    }
    // The current database is fetched first so that every condition is a plain equality on
    // TABLE_SCHEMA: MariaDB and MySQL 5.7 then read one database's directory, not every table
    // of every database on the server.
    const currentSchema = String((await client.query('SELECT DATABASE() AS name'))[0]?.['name'] ?? '');
    const bySchema = new Map();
    for (const { parts } of lookups) {
        const schema = parts.schema ?? currentSchema;
        bySchema.set(schema, [...(bySchema.get(schema) ?? []), parts.table]);
    }
    const conditions = [...bySchema.values()].map((tables) => `(t.TABLE_SCHEMA = ? AND t.TABLE_NAME IN (${tables.map(() => '?').join(', ')}))`);
    const rows = await client.query(`SELECT t.TABLE_SCHEMA AS table_schema, t.TABLE_NAME AS table_name, t.ENGINE AS engine,
            t.TABLE_ROWS AS table_rows, t.DATA_LENGTH AS data_length, t.INDEX_LENGTH AS index_length,
            (SELECT COUNT(DISTINCT s.INDEX_NAME) FROM information_schema.STATISTICS s
              WHERE s.TABLE_SCHEMA = t.TABLE_SCHEMA AND s.TABLE_NAME = t.TABLE_NAME) AS index_count
       FROM information_schema.TABLES t
      WHERE t.TABLE_TYPE = 'BASE TABLE' AND (${conditions.join(' OR ')})`, [...bySchema.entries()].flatMap(([schema, tables]) => [schema, ...tables]));
    const result = new Map();
    for (const { name, parts } of lookups) {
        const schema = parts.schema ?? currentSchema;
        // Whether names compare case-insensitively depends on the server (lower_case_table_names):
        // the exact name wins over one that differs only in case.
        const sameIgnoringCase = rows.filter((row) => String(row['table_schema']).toLowerCase() === schema.toLowerCase() && String(row['table_name']).toLowerCase() === parts.table.toLowerCase());
        const row = sameIgnoringCase.find((r) => r['table_schema'] === schema && r['table_name'] === parts.table) ?? sameIgnoringCase[0];
        if (!row)
            continue;
        result.set(name, {
            table: name,
            rows: toNumber(row['table_rows']),
            bytes: toNumber(row['data_length']) ?? undefined,
            indexBytes: toNumber(row['index_length']) ?? undefined,
            indexCount: toNumber(row['index_count']) ?? 0,
            rowsUncertainty: mysqlRowsUncertainty(row['engine']),
        });
    }
    return result;
}
/** MyISAM and Aria keep an exact row count; InnoDB and anything else are estimates. */
function mysqlRowsUncertainty(engine) {
    const name = String(engine ?? '').toLowerCase();
    return name === 'myisam' || name === 'aria' ? 0 : INNODB_ROWS_UNCERTAINTY;
}
function splitMysqlName(name) {
    const parts = name.split('.').map((part) => part.trim().replace(/^`(.*)`$/, '$1').replace(/``/g, '`'));
    if (parts.length > 2 || parts.some((p) => p === ''))
        return undefined;
    return parts.length === 2 ? { schema: parts[0], table: parts[1] } : { table: parts[0] };
}
function isMysql8OrLater(version) {
    if (/mariadb/i.test(version))
        return false;
    const major = Number(/^(\d+)\./.exec(version)?.[1]);
    return Number.isFinite(major) && major >= 8;
}
/** Drivers return bigint/numeric sums as strings; null stays null. */
function toNumber(value) {
    if (value === null || value === undefined)
        return null;
    const number = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(number) ? number : null;
}


/***/ })

};

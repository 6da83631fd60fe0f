export const id = 272;
export const ids = [272];
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
/* harmony import */ var _gates_migrations_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4985);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2960);
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
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .GateInputError */ .ay(`\`${INPUT}\`: ${path} ${why}; fix the \`${INPUT}\` input (a path in the workspace) or check that the scheduled export wrote the file.`);
    }
    return parseStatsFile(path, content);
}
function parseStatsFile(path, content) {
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    const problem = (line, message, table) => new _model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .GateInputError */ .ay(`\`${INPUT}\` file ${path}${line === undefined ? '' : `, line ${line}`}${table === undefined ? '' : ` (table ${table})`}: ${message}`);
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
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_4__/* .GateInputError */ .ay(`\`${INPUT}\` file ${path} has the extension ${JSON.stringify(extension || '(none)')}; accepted: .yml, .yaml, .json, .csv (the extension says how to read it).`);
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
    const uncertainty = adapter ? _gates_migrations_model_js__WEBPACK_IMPORTED_MODULE_3__/* .ROWS_UNCERTAINTY */ .v[adapter] : undefined;
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


/***/ })

};

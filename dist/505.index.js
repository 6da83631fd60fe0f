export const id = 505;
export const ids = [505];
export const modules = {

/***/ 8505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expandExecuteSql: () => (/* binding */ expandExecuteSql),
  parseSqlMigration: () => (/* binding */ parseSqlMigration),
  recogniseSqlMigration: () => (/* reexport */ recogniseSqlMigration),
  withoutFlywayPlaceholders: () => (/* binding */ withoutFlywayPlaceholders)
});

;// CONCATENATED MODULE: ./src/migration-parsers/sql/migration-files.ts
// Which SQL files are migrations, of which tool, in which order. Each tool has its own naming
// convention; a file that fits none is still read (format 'sql'), ordered by a leading number.
// Flyway: V<version>__<description>.sql, U<version>__ (undo), R__<description>.sql (repeatable).
const FLYWAY = /^(?:([VU])(\d+(?:[._]\d+)*)|R)__(.+)\.sql$/;
// golang-migrate: <version>_<title>.up.sql / .down.sql.
const GOLANG_MIGRATE = /^(\d+)_(.+)\.(up|down)\.sql$/;
// Prisma: migrations/<timestamp>_<name>/migration.sql.
const PRISMA = /(?:^|\/)migrations\/(\d+)_([^/]+)\/migration\.sql$/;
function recogniseSqlMigration(path) {
    const normalised = path.replace(/\\/g, '/');
    const prisma = PRISMA.exec(normalised);
    if (prisma)
        return { format: 'prisma', version: prisma[1], name: prisma[2], direction: 'up' };
    const file = basename(normalised);
    if (!file.toLowerCase().endsWith('.sql'))
        return undefined;
    const flyway = FLYWAY.exec(file);
    if (flyway) {
        const [, prefix, version, description] = flyway;
        return {
            format: 'flyway',
            // Flyway reads `_` in a version as `.`: V1_2 and V1.2 are the same version.
            version: version ? version.replace(/_/g, '.') : '',
            name: description.replace(/_/g, ' '),
            direction: prefix === 'V' ? 'up' : prefix === 'U' ? 'undo' : 'repeatable',
        };
    }
    const golang = GOLANG_MIGRATE.exec(file);
    if (golang)
        return { format: 'golang-migrate', version: golang[1], name: golang[2], direction: golang[3] };
    const stem = file.slice(0, -'.sql'.length);
    const down = /[._-](down|rollback)$/i.test(stem);
    const leadingNumber = /^(\d+)[._-]*(.*)$/.exec(stem);
    return {
        format: 'sql',
        version: leadingNumber?.[1] ?? '',
        name: (leadingNumber ? leadingNumber[2] : stem) || stem,
        direction: down ? 'down' : 'up',
    };
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

// EXTERNAL MODULE: ./node_modules/node-sql-parser/index.js
var node_sql_parser = __webpack_require__(6519);
var node_sql_parser_default = /*#__PURE__*/__webpack_require__.n(node_sql_parser);
;// CONCATENATED MODULE: ./src/migration-parsers/sql/source-text.ts
// Positions and excerpts shared by the PostgreSQL and MySQL readers, so that both report lines and
// code the way the Ruby parser does (1-based line in the migration file, one trimmed line).
const MAX_EXCERPT = 160;
/**
 * Maps character offsets in `text` to 1-based lines counted from `firstLine` (the line `text`
 * starts on). Newlines are indexed once: a data migration can hold thousands of statements.
 */
function lineCounter(text, firstLine) {
    const newlines = [];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        newlines.push(i);
    return (index) => {
        let low = 0;
        let high = newlines.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (newlines[middle] < index)
                low = middle + 1;
            else
                high = middle;
        }
        return firstLine + low;
    };
}
/** The first non-blank line of a statement, trimmed to what fits in a finding. */
function codeExcerpt(statement) {
    const first = statement.split('\n').find((line) => line.trim() !== '') ?? '';
    const trimmed = first.trim();
    return trimmed.length <= MAX_EXCERPT ? trimmed : trimmed.slice(0, MAX_EXCERPT);
}
/** Drops fields set to undefined, so that an operation only carries what the SQL said. */
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

;// CONCATENATED MODULE: ./src/migration-parsers/sql/mysql-statements.ts
// Splits MySQL/MariaDB source into statements. node-sql-parser is not MySQL's own parser: it
// rejects valid statements (triggers, PARTITION BY, CHECK constraints...), and one rejected statement
// must not hide the others, so the file is cut here first. The splitter knows quotes, backticks,
// comments and the client's DELIMITER command, which is how triggers and procedures are written.
const DELIMITER_COMMAND = /^[ \t]*delimiter[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i;
function splitMysqlStatements(sql) {
    const statements = [];
    let delimiter = ';';
    let start = 0;
    let index = 0;
    const flush = (end) => {
        const statement = trimStatement(sql, start, end);
        if (statement)
            statements.push(statement);
    };
    while (index < sql.length) {
        if (atLineStart(sql, index)) {
            // DELIMITER is a command of the mysql client, not SQL: it only counts at the start of a line.
            const command = DELIMITER_COMMAND.exec(sql.slice(index, sql.indexOf('\n', index) === -1 ? undefined : sql.indexOf('\n', index) + 1));
            if (command && isBlank(sql, start, index)) {
                delimiter = command[1];
                index += command[0].length;
                start = index;
                continue;
            }
        }
        const char = sql[index];
        if (char === "'" || char === '"' || char === '`') {
            index = endOfQuoted(sql, index, char);
        }
        else if (char === '#' || (char === '-' && sql.startsWith('--', index) && /[\s]|$/.test(sql[index + 2] ?? ''))) {
            const newline = sql.indexOf('\n', index);
            index = newline === -1 ? sql.length : newline;
        }
        else if (char === '/' && sql[index + 1] === '*') {
            const close = sql.indexOf('*/', index + 2);
            index = close === -1 ? sql.length : close + 2;
        }
        else if (sql.startsWith(delimiter, index)) {
            flush(index);
            index += delimiter.length;
            start = index;
        }
        else {
            index++;
        }
    }
    flush(sql.length);
    return statements;
}
/** Index after the closing quote; a doubled quote or a backslash escape does not close it. */
function endOfQuoted(sql, open, quote) {
    let index = open + 1;
    while (index < sql.length) {
        const char = sql[index];
        if (char === '\\' && quote !== '`')
            index += 2;
        else if (char === quote && sql[index + 1] === quote)
            index += 2;
        else if (char === quote)
            return index + 1;
        else
            index++;
    }
    return sql.length;
}
/** The statement between `start` and `end` without the blanks and comments before it. */
function trimStatement(sql, start, end) {
    let index = start;
    for (;;) {
        while (index < end && /\s/.test(sql[index]))
            index++;
        if (sql.startsWith('#', index) || (sql.startsWith('--', index) && /\s|$/.test(sql[index + 2] ?? ''))) {
            const newline = sql.indexOf('\n', index);
            index = newline === -1 || newline > end ? end : newline;
        }
        else if (sql.startsWith('/*', index) && sql[index + 2] !== '!') {
            // `/*!50100 ... */` is executed by MySQL, so it is part of the statement.
            const close = sql.indexOf('*/', index + 2);
            index = close === -1 || close + 2 > end ? end : close + 2;
        }
        else
            break;
    }
    const text = sql.slice(index, end).trimEnd();
    return text === '' ? undefined : { text, offset: index };
}
function atLineStart(sql, index) {
    return index === 0 || sql[index - 1] === '\n';
}
function isBlank(sql, start, end) {
    return trimStatement(sql, start, end) === undefined;
}

;// CONCATENATED MODULE: ./src/migration-parsers/sql/mysql.ts
// Reads MySQL/MariaDB SQL into the gate's operations with node-sql-parser. That parser is not the
// server's grammar and rejects valid statements, so a statement it cannot read is classified by its
// leading keywords, and only into kinds whose cost is unknown or honest (`execute`, `backfill`):
// guessing a cheap kind for a statement nobody parsed could let a table copy through.



const { Parser } = (node_sql_parser_default());
const ALGORITHMS = new Set(['instant', 'inplace', 'copy']);
function parseMysqlSql(sql, options) {
    const parser = new Parser();
    const database = options.flavor === 'mariadb' ? 'MariaDB' : 'MySQL';
    const lineOf = lineCounter(sql, options.firstLine);
    return splitMysqlStatements(sql).flatMap((statement) => {
        const context = {
            base: {
                safetyAssured: options.safetyAssured,
                line: lineOf(statement.offset),
                code: codeExcerpt(statement.text),
                sql: statement.text,
            },
            parser,
            database,
        };
        const ast = astifyEitherDialect(parser, statement.text, database);
        if (!ast)
            return [unparsedStatement(context, statement.text)];
        const nodes = Array.isArray(ast) ? ast : [ast];
        return nodes.flatMap((node) => statementOperations(context, node));
    });
}
/**
 * node-sql-parser's MySQL and MariaDB grammars are separate and each rejects some syntax the other
 * accepts; both servers share the statements migrations use, so the other dialect is a second
 * reading before falling back to the leading keywords.
 */
function astifyEitherDialect(parser, text, database) {
    for (const dialect of [database, database === 'MariaDB' ? 'MySQL' : 'MariaDB']) {
        try {
            return parser.astify(text, { database: dialect });
        }
        catch {
            // try the other dialect
        }
    }
    return undefined;
}
function op(context, kind, fields = {}) {
    return withoutUndefined({ kind, ...context.base, ...fields });
}
function statementOperations(context, node) {
    switch (node.type) {
        case 'alter':
            return alterTableOperations(context, node);
        case 'create':
            return createOperations(context, node);
        case 'drop':
            if (node.keyword === 'table')
                return (node.name ?? []).map((table) => op(context, 'drop_table', { table: tableName(table) }));
            if (node.keyword === 'index')
                return [op(context, 'remove_index', { table: tableName(node.table), columns: undefined })];
            break;
        case 'rename':
            return (node.table ?? []).map(([from, to]) => op(context, 'rename_table', { table: tableName(from), otherTable: tableName(to) }));
        case 'update':
        case 'delete':
            return [op(context, 'backfill', { table: tableName(node.table?.[0]), partial: Boolean(node.where) })];
        case 'insert':
        case 'replace':
            return [insertOperation(context, node)];
        case 'set':
        case 'use':
            return [op(context, 'sql_metadata', { method: String(node.type).toUpperCase() })];
        case 'transaction':
            // BEGIN/COMMIT change nothing; MySQL commits DDL implicitly whatever they say.
            return [];
    }
    return [op(context, 'execute', { method: String(node.type ?? 'unknown').toUpperCase() })];
}
function alterTableOperations(context, node) {
    const table = tableName(node.table?.[0]);
    const actions = node.expr ?? [];
    const algorithm = actions.find((action) => action.resource === 'algorithm')?.algorithm;
    const mysqlAlgorithm = ALGORITHMS.has(String(algorithm).toLowerCase()) ? String(algorithm).toLowerCase() : undefined;
    const operations = actions
        // ALGORITHM= and LOCK= say how the other actions run; they are not changes of their own.
        .filter((action) => action.resource !== 'algorithm' && action.resource !== 'lock')
        .flatMap((action) => alterAction(context, table, action));
    // One ALTER TABLE with several changes is one copy of the table in MySQL, like Rails `bulk: true`.
    const bulk = operations.length > 1 ? true : undefined;
    return operations.map((operation) => ({ ...operation, ...(mysqlAlgorithm ? { mysqlAlgorithm } : {}), ...(bulk ? { bulk } : {}) }));
}
function alterAction(context, table, action) {
    const column = columnName(action.column);
    if (action.resource === 'column') {
        switch (action.action) {
            case 'add':
                return [op(context, 'add_column', { table, columns: [column], ...columnDefinition(context, action) })];
            case 'drop':
                return [op(context, 'remove_column', { table, columns: [column] })];
            case 'modify':
                return [op(context, 'change_column', { table, columns: [column], ...columnDefinition(context, action) })];
            case 'change': {
                const oldName = columnName(action.old_column);
                const change = op(context, 'change_column', { table, columns: [oldName], ...columnDefinition(context, action) });
                return oldName === column ? [change] : [change, op(context, 'rename_column', { table, columns: [oldName, column] })];
            }
            case 'rename':
                return [op(context, 'rename_column', { table, columns: [columnName(action.old_column), column] })];
        }
    }
    if (action.resource === 'index' && action.action === 'add') {
        const fulltext = /fulltext|spatial/i.test(String(action.keyword)) ? String(action.keyword).toUpperCase() : undefined;
        return [op(context, 'add_index', { table, columns: indexColumns(action.definition), unique: false, method: fulltext })];
    }
    if (action.resource === 'index' && action.action === 'drop')
        return [op(context, 'remove_index', { table })];
    if (action.resource === 'constraint' && action.action === 'add')
        return addConstraint(context, table, action.create_definitions ?? {});
    if (action.resource === 'key' && action.action === 'drop') {
        if (/foreign/i.test(String(action.keyword)))
            return [op(context, 'remove_foreign_key', { table })];
        return [op(context, 'remove_index', { table })];
    }
    if (action.resource === 'table' && action.action === 'rename') {
        return [op(context, 'rename_table', { table, otherTable: String(action.table ?? '') })];
    }
    return [op(context, 'execute', { table, method: `ALTER TABLE ${String(action.action ?? action.keyword ?? action.resource).toUpperCase()}` })];
}
function addConstraint(context, table, definition) {
    const type = String(definition.constraint_type ?? '').toLowerCase();
    const columns = indexColumns(definition.definition);
    if (type.startsWith('unique'))
        return [op(context, 'add_index', { table, columns, unique: true })];
    if (type === 'primary key')
        return [op(context, 'add_index', { table, columns, unique: true, method: 'PRIMARY KEY' })];
    if (type === 'foreign key') {
        const referenced = definition.reference_definition?.table?.[0];
        return [op(context, 'add_foreign_key', { table, columns, otherTable: tableName(referenced) })];
    }
    if (type === 'check')
        return [op(context, 'add_check_constraint', { table })];
    return [op(context, 'execute', { table, method: `ADD CONSTRAINT ${type.toUpperCase()}` })];
}
function columnDefinition(context, action) {
    const fields = { columnType: columnType(context, action.definition ?? {}) };
    if (action.nullable?.type === 'not null')
        fields.nullable = false;
    else if (action.nullable?.type === 'null')
        fields.nullable = true;
    if (action.default_val?.value)
        fields.default = defaultOf(context, action.default_val.value);
    return fields;
}
/** `VARCHAR(255)`, `DECIMAL(12,2)`, `BIGINT UNSIGNED`, `ENUM('a','b')`, lower-cased. */
function columnType(context, definition) {
    let text = String(definition.dataType ?? '').toLowerCase();
    if (definition.expr)
        text += safeExprToSql(context, definition.expr).toLowerCase();
    else if (definition.length !== undefined && definition.length !== null) {
        text += definition.scale !== undefined && definition.scale !== null ? `(${definition.length},${definition.scale})` : `(${definition.length})`;
    }
    const suffix = definition.suffix;
    if (Array.isArray(suffix) && suffix.length > 0)
        text += ` ${suffix.join(' ').toLowerCase()}`;
    return text;
}
function defaultOf(context, value) {
    switch (value.type) {
        case 'number':
            return { kind: 'constant', value: Number(value.value) };
        case 'single_quote_string':
        case 'double_quote_string':
        case 'string':
            return { kind: 'constant', value: String(value.value) };
        case 'bool':
        case 'boolean':
            return { kind: 'constant', value: Boolean(value.value) };
        case 'null':
            return { kind: 'constant', value: null };
    }
    return { kind: 'sql', sql: safeExprToSql(context, value) };
}
function createOperations(context, node) {
    if (node.keyword === 'table') {
        const columns = (node.create_definitions ?? [])
            .filter((definition) => definition.resource === 'column')
            .map((definition) => columnName(definition.column));
        return [op(context, 'create_table', { table: tableName(node.table?.[0]), columns })];
    }
    if (node.keyword === 'index') {
        const algorithm = String(node.algorithm_option?.algorithm ?? '').toLowerCase();
        const indexType = String(node.index_type ?? '').toLowerCase();
        return [
            op(context, 'add_index', {
                table: tableName(node.table),
                columns: indexColumns(node.index_columns),
                unique: indexType === 'unique',
                method: indexType === 'fulltext' || indexType === 'spatial' ? indexType.toUpperCase() : undefined,
                mysqlAlgorithm: ALGORITHMS.has(algorithm) ? algorithm : undefined,
            }),
        ];
    }
    if (['trigger', 'view', 'function', 'procedure'].includes(String(node.keyword))) {
        return [op(context, 'sql_metadata', { method: `CREATE ${String(node.keyword).toUpperCase()}` })];
    }
    return [op(context, 'execute', { method: `CREATE ${String(node.keyword ?? '').toUpperCase()}` })];
}
function insertOperation(context, node) {
    const table = tableName(node.table?.[0]);
    if (node.values?.type === 'values')
        return op(context, 'backfill', { table, rowsAffected: node.values.values.length });
    return op(context, 'backfill', { table });
}
// ---- statements node-sql-parser could not read ------------------------------------------------
const IDENTIFIER = String.raw `(?:\x60[^\x60]+\x60|[\w$]+)(?:\s*\.\s*(?:\x60[^\x60]+\x60|[\w$]+))?`;
const UNPARSED_PATTERNS = [
    { pattern: new RegExp(String.raw `^ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:IF\s+EXISTS\s+)?(${IDENTIFIER})`, 'i'), kind: 'execute', method: 'ALTER TABLE (unparsed)' },
    { pattern: new RegExp(String.raw `^CREATE\s+(?:OR\s+REPLACE\s+)?(?:UNIQUE\s+|FULLTEXT\s+|SPATIAL\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?${IDENTIFIER}\s+(?:USING\s+\w+\s+)?ON\s+(${IDENTIFIER})`, 'i'), kind: 'execute', method: 'CREATE INDEX (unparsed)' },
    { pattern: new RegExp(String.raw `^(?:OPTIMIZE|ANALYZE|REPAIR)\s+(?:NO_WRITE_TO_BINLOG\s+|LOCAL\s+)?TABLE\s+(${IDENTIFIER})`, 'i'), kind: 'execute', method: 'OPTIMIZE TABLE (unparsed)' },
    { pattern: new RegExp(String.raw `^UPDATE\s+(?:LOW_PRIORITY\s+|IGNORE\s+)*(${IDENTIFIER})`, 'i'), kind: 'backfill', method: 'UPDATE (unparsed)' },
    { pattern: new RegExp(String.raw `^DELETE\s+(?:LOW_PRIORITY\s+|QUICK\s+|IGNORE\s+)*FROM\s+(${IDENTIFIER})`, 'i'), kind: 'backfill', method: 'DELETE (unparsed)' },
    { pattern: new RegExp(String.raw `^(?:INSERT|REPLACE)\s+(?:LOW_PRIORITY\s+|DELAYED\s+|HIGH_PRIORITY\s+|IGNORE\s+)*(?:INTO\s+)?(${IDENTIFIER})`, 'i'), kind: 'backfill', method: 'INSERT (unparsed)' },
    // Stored-program definitions only write the data dictionary; they run nothing when created.
    { pattern: /^CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(TRIGGER|PROCEDURE|FUNCTION|EVENT)\b/i, kind: 'sql_metadata', method: '' },
];
function unparsedStatement(context, text) {
    for (const { pattern, kind, method } of UNPARSED_PATTERNS) {
        const match = pattern.exec(text);
        if (!match)
            continue;
        if (kind === 'sql_metadata')
            return op(context, kind, { method: `CREATE ${match[1].toUpperCase()}` });
        return op(context, kind, { table: unquote(match[1]), method });
    }
    const keywords = /^\s*(\w+)(?:\s+(\w+))?/.exec(text);
    return op(context, 'execute', { method: `${[keywords?.[1], keywords?.[2]].filter(Boolean).join(' ').toUpperCase()} (unparsed)` });
}
// ---- names -------------------------------------------------------------------------------------
function tableName(table) {
    if (!table)
        return '';
    return table.db ? `${table.db}.${table.table}` : String(table.table ?? '');
}
function columnName(column) {
    if (typeof column === 'string')
        return column;
    const name = column?.column;
    // Some versions wrap the name: `{ expr: { type: 'default', value: 'name' } }`.
    if (typeof name === 'string')
        return name;
    return String(name?.expr?.value ?? '');
}
function indexColumns(definition) {
    if (!Array.isArray(definition))
        return [];
    return definition.map((item) => columnName(item));
}
function unquote(name) {
    return name.replace(/\s*\.\s*/g, '.').replace(/`/g, '');
}
function safeExprToSql(context, expression) {
    try {
        return context.parser.exprToSQL(expression, { database: context.database });
    }
    catch {
        return JSON.stringify(expression);
    }
}

// EXTERNAL MODULE: ./node_modules/libpg-query/wasm/index.cjs
var wasm = __webpack_require__(2627);
;// CONCATENATED MODULE: ./src/migration-parsers/sql/pg-statements.ts
// Splits PostgreSQL source into statements with the real parser (libpg-query, WebAssembly).
// The module is loaded once, lazily: repositories without SQL migrations never pay for it.
// When one statement does not parse, the others still do (the file is cut at `;` tokens of the
// real scanner, which knows dollar quotes and comments), so one typo does not hide a table rewrite.

let loading;
async function loadPostgresParser() {
    loading ??= (0,wasm.loadModule)();
    await loading;
}
/** Statements of `sql` in order, and the syntax errors of the statements that did not parse. */
async function splitPostgresStatements(sql) {
    await loadPostgresParser();
    try {
        return { statements: statementsOf(sql, 0), errors: [] };
    }
    catch (error) {
        return recoverStatementByStatement(sql, error);
    }
}
function recoverStatementByStatement(sql, wholeFileError) {
    let tokens;
    try {
        tokens = (0,wasm.scanSync)(sql).tokens;
    }
    catch {
        // A lexical error (an unterminated quote) leaves no reliable statement boundaries.
        return { statements: [], errors: [syntaxError(wholeFileError, 0)] };
    }
    const bytes = Buffer.from(sql, 'utf8');
    const charOffsetOf = byteToCharOffsets(bytes);
    const statements = [];
    const errors = [];
    let chunkStart = 0;
    const boundaries = tokens.filter((token) => token.text === ';').map((token) => token.end);
    if (boundaries.at(-1) !== bytes.length)
        boundaries.push(bytes.length);
    for (const chunkEnd of boundaries) {
        const chunk = bytes.subarray(chunkStart, chunkEnd).toString('utf8');
        const chunkOffset = charOffsetOf(chunkStart);
        chunkStart = chunkEnd;
        if (chunk.trim() === '')
            continue;
        try {
            statements.push(...statementsOf(chunk, chunkOffset));
        }
        catch (error) {
            errors.push(syntaxError(error, chunkOffset));
        }
    }
    return { statements, errors };
}
function statementsOf(sql, offsetInSource) {
    const parsed = Buffer.from(sql, 'utf8');
    const result = (0,wasm.parseSync)(sql);
    const tokens = result.stmts?.length ? (0,wasm.scanSync)(sql).tokens : [];
    const charOffsetOf = byteToCharOffsets(parsed);
    return (result.stmts ?? []).map((raw) => {
        const location = raw.stmt_location ?? 0;
        const end = raw.stmt_len ? location + raw.stmt_len : parsed.length;
        // stmt_location can point at comments before the statement; its first token is where it starts.
        const start = tokens[firstTokenAtOrAfter(tokens, location)]?.start ?? location;
        const type = Object.keys(raw.stmt)[0] ?? 'Unknown';
        const text = parsed.subarray(start, Math.max(start, end)).toString('utf8').trimEnd();
        return { type, node: raw.stmt[type], text, offset: offsetInSource + charOffsetOf(start), parsed, tokens };
    });
}
/** Index of the first token starting at or after byte `location` (tokens.length when none). */
function firstTokenAtOrAfter(tokens, location) {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (tokens[middle].start < location)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/**
 * Converts increasing byte offsets to character offsets (UTF-16 units, as JavaScript strings count)
 * by walking forward from the previous answer, so a file of thousands of statements stays linear.
 */
function byteToCharOffsets(bytes) {
    let byteCursor = 0;
    let charCursor = 0;
    return (byteOffset) => {
        if (byteOffset < byteCursor) {
            byteCursor = 0;
            charCursor = 0;
        }
        charCursor += bytes.subarray(byteCursor, byteOffset).toString('utf8').length;
        byteCursor = byteOffset;
        return charCursor;
    };
}
function syntaxError(error, chunkOffset) {
    const details = error.sqlDetails;
    const message = error instanceof Error ? error.message : String(error);
    // libpg-query reports the cursor as a 0-based character index into the string it parsed.
    return { message, offset: chunkOffset + Math.max(0, details?.cursorPosition ?? 0) };
}

;// CONCATENATED MODULE: ./src/migration-parsers/sql/pg-text.ts
// Cuts source text out of a parsed PostgreSQL statement. libpg-query 18 has no deparser, and the
// cost model wants types and default expressions as written (`varchar(255)`, `now()`), so they are
// taken from the source by the parser's byte locations and the scanner's tokens.

/** Keywords that end a column's type in a column definition or ALTER COLUMN ... TYPE. */
const AFTER_TYPE = new Set([
    'DEFAULT', 'NOT', 'NULL', 'CONSTRAINT', 'CHECK', 'PRIMARY', 'UNIQUE', 'REFERENCES', 'COLLATE',
    'GENERATED', 'USING', 'COMPRESSION', 'STORAGE', 'DEFERRABLE', 'INITIALLY',
]);
/** The type as written from the TypeName's location (`character varying(255)`, `timestamp with time zone`). */
function typeText(statement, typeName) {
    const start = typeof typeName.location === 'number' ? typeName.location : -1;
    if (start < 0)
        return namesOf(typeName.names).join('.');
    const tokens = statement.tokens;
    let index = firstTokenAtOrAfter(tokens, start);
    if (index >= tokens.length)
        return namesOf(typeName.names).join('.');
    const first = index;
    let depth = 0;
    for (; index < tokens.length; index++) {
        const token = tokens[index];
        if (token.text === '(' || token.text === '[')
            depth++;
        else if (token.text === ')' || token.text === ']') {
            if (depth === 0)
                break;
            depth--;
        }
        else if (depth === 0 && index > first && (token.text === ',' || token.text === ';' || AFTER_TYPE.has(token.text.toUpperCase())))
            break;
    }
    return sourceBetween(statement, tokens[first], tokens[index - 1]);
}
/** An expression node's source text, from its first token to its last, parentheses balanced. */
function expressionText(statement, expression) {
    const locations = [];
    collectLocations(expression, locations);
    const tokens = statement.tokens;
    if (locations.length === 0 || tokens.length === 0)
        return '';
    const min = Math.min(...locations);
    const max = Math.max(...locations);
    let first = firstTokenAtOrAfter(tokens, min);
    let last = firstTokenAtOrAfter(tokens, max + 1) - 1;
    if (first >= tokens.length || last < first)
        return '';
    let depth = parenthesisDepth(tokens.slice(first, last + 1));
    // The last location is the start of the last node; a call's closing parentheses come after it.
    while (depth > 0 && last + 1 < tokens.length) {
        last++;
        if (tokens[last].text === '(')
            depth++;
        else if (tokens[last].text === ')')
            depth--;
    }
    // A call without arguments (`now()`) has no location after its name.
    while (last + 1 < tokens.length && tokens[last + 1].text === '(') {
        last = closingParenthesis(tokens, last + 1);
    }
    // `(a + b)::int` has its first location inside the parentheses.
    while (depth < 0 && first > 0 && tokens[first - 1].text === '(') {
        first--;
        depth++;
    }
    return sourceBetween(statement, tokens[first], tokens[last]);
}
/** `[{String:{sval:'pg_catalog'}},{String:{sval:'int8'}}]` → ['pg_catalog', 'int8']. */
function namesOf(list) {
    if (!Array.isArray(list))
        return [];
    return list.map((item) => item?.String?.sval).filter((name) => typeof name === 'string');
}
function sourceBetween(statement, first, last) {
    return statement.parsed.subarray(first.start, last.end).toString('utf8');
}
/** Index of the `)` that closes the `(` at `open` (the last token when unbalanced). */
function closingParenthesis(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        if (tokens[i].text === '(')
            depth++;
        else if (tokens[i].text === ')' && --depth === 0)
            return i;
    }
    return tokens.length - 1;
}
function parenthesisDepth(tokens) {
    let depth = 0;
    for (const token of tokens) {
        if (token.text === '(')
            depth++;
        else if (token.text === ')')
            depth--;
    }
    return depth;
}
function collectLocations(node, into) {
    if (Array.isArray(node)) {
        for (const item of node)
            collectLocations(item, into);
    }
    else if (node && typeof node === 'object') {
        for (const [field, value] of Object.entries(node)) {
            if (field === 'location' && typeof value === 'number' && value >= 0)
                into.push(value);
            else
                collectLocations(value, into);
        }
    }
}

;// CONCATENATED MODULE: ./src/migration-parsers/sql/postgres.ts
// Reads PostgreSQL SQL (a migration file, or the string of a Rails `execute`) into the gate's
// operations, with the real PostgreSQL parser. Only what the AST says is mapped to a cheap kind;
// every statement this reader does not know becomes `execute`, whose cost is unknown, never free.



class SqlSyntaxError extends Error {
    errors;
    constructor(errors) {
        super(errors.map((error) => `line ${error.line}: ${error.message}`).join('; '));
        this.errors = errors;
        this.name = 'SqlSyntaxError';
    }
}
/** Operations of `sql`, in order. Throws SqlSyntaxError when a statement does not parse. */
async function parsePostgresSql(sql, options) {
    const reading = await readPostgresSql(sql, options);
    if (reading.errors.length > 0)
        throw new SqlSyntaxError(reading.errors);
    return reading.operations;
}
/** Everything the gate needs from PostgreSQL SQL; never throws for bad SQL. */
async function readPostgresSql(sql, options) {
    const { statements, errors } = await splitPostgresStatements(sql);
    const lineOf = lineCounter(sql, options.firstLine);
    const reading = {
        operations: [],
        errors: errors.map((error) => ({ message: error.message, line: lineOf(error.offset) })),
        transactionControl: [],
        nonTransactional: [],
        statementCount: statements.length,
    };
    for (const statement of statements) {
        const line = lineOf(statement.offset);
        const context = {
            statement,
            base: { safetyAssured: options.safetyAssured, line, code: codeExcerpt(statement.text), sql: statement.text },
        };
        if (statement.type === 'TransactionStmt') {
            reading.transactionControl.push({ statement: String(statement.node.kind ?? '').replace('TRANS_STMT_', ''), line });
            continue;
        }
        const refusal = refusesTransactionBlock(statement);
        if (refusal)
            reading.nonTransactional.push({ statement: refusal, line });
        reading.operations.push(...operationsOf(context));
    }
    return reading;
}
function postgres_op(context, kind, fields = {}) {
    return withoutUndefined({ kind, ...context.base, ...fields });
}
function operationsOf(context) {
    const { type, node } = context.statement;
    switch (type) {
        case 'CreateStmt':
            return [postgres_op(context, 'create_table', { table: postgres_tableName(node.relation), columns: createdColumns(node) }), ...createdForeignKeys(context, node)];
        case 'DropStmt':
            return dropOperations(context, node);
        case 'RenameStmt':
            return [renameOperation(context, node)];
        case 'AlterTableStmt':
            return postgres_alterTableOperations(context, node);
        case 'IndexStmt':
            return [
                postgres_op(context, 'add_index', {
                    table: postgres_tableName(node.relation),
                    columns: (node.indexParams ?? []).map((param) => indexElementText(context, param.IndexElem)),
                    unique: Boolean(node.unique || node.primary),
                    concurrently: Boolean(node.concurrent),
                }),
            ];
        case 'UpdateStmt':
        case 'DeleteStmt':
            return [postgres_op(context, 'backfill', { table: postgres_tableName(node.relation), partial: Boolean(node.whereClause) })];
        case 'InsertStmt':
            return [postgres_insertOperation(context, node)];
        case 'CommentStmt':
            return [commentOperation(context, node)];
        case 'ClusterStmt':
            return [postgres_op(context, 'execute', { table: optionalTableName(node.relation), method: 'CLUSTER' })];
        case 'VacuumStmt':
            return vacuumOperations(context, node);
        case 'ReindexStmt':
            return [
                postgres_op(context, 'execute', {
                    table: node.kind === 'REINDEX_OBJECT_TABLE' ? optionalTableName(node.relation) : undefined,
                    method: 'REINDEX',
                    concurrently: hasOption(node.params, 'concurrently') || undefined,
                }),
            ];
    }
    const metadata = catalogOnlyStatement(type, node);
    if (metadata)
        return [postgres_op(context, 'sql_metadata', { method: metadata })];
    return [postgres_op(context, 'execute', { method: type })];
}
/** Statements that only change the catalog, named the way a reader of the migration would say them. */
function catalogOnlyStatement(type, node) {
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
function dropOperations(context, node) {
    const objects = (node.objects ?? []).map((object) => qualified(namesOf(object?.List?.items)));
    switch (node.removeType) {
        case 'OBJECT_TABLE':
            return objects.map((table) => postgres_op(context, 'drop_table', { table }));
        case 'OBJECT_INDEX':
            // An index name does not name its table; the statement (in `sql`) names the index.
            return objects.map(() => postgres_op(context, 'remove_index', { concurrently: Boolean(node.concurrent) }));
    }
    const metadataKinds = {
        OBJECT_FUNCTION: 'DROP FUNCTION', OBJECT_PROCEDURE: 'DROP PROCEDURE', OBJECT_TYPE: 'DROP TYPE',
        OBJECT_DOMAIN: 'DROP DOMAIN', OBJECT_VIEW: 'DROP VIEW', OBJECT_SEQUENCE: 'DROP SEQUENCE',
        OBJECT_EXTENSION: 'DROP EXTENSION', OBJECT_TRIGGER: 'DROP TRIGGER', OBJECT_SCHEMA: 'DROP SCHEMA',
    };
    const metadata = metadataKinds[String(node.removeType)];
    if (metadata)
        return [postgres_op(context, 'sql_metadata', { method: metadata })];
    return [postgres_op(context, 'execute', { method: `DropStmt ${String(node.removeType)}` })];
}
function renameOperation(context, node) {
    switch (node.renameType) {
        case 'OBJECT_TABLE':
            return postgres_op(context, 'rename_table', { table: postgres_tableName(node.relation), otherTable: node.newname });
        case 'OBJECT_COLUMN':
            return postgres_op(context, 'rename_column', { table: postgres_tableName(node.relation), columns: [node.subname, node.newname] });
        case 'OBJECT_INDEX':
            // ALTER INDEX names the index, not its table: the old and new index names go in `columns`.
            return postgres_op(context, 'rename_index', { columns: [node.relation?.relname, node.newname] });
        case 'OBJECT_TABCONSTRAINT':
            // The model has no rename_constraint; in PostgreSQL it only changes the catalog.
            return postgres_op(context, 'sql_metadata', { table: postgres_tableName(node.relation), method: 'RENAME CONSTRAINT' });
    }
    return postgres_op(context, 'execute', { method: `RenameStmt ${String(node.renameType)}` });
}
function postgres_alterTableOperations(context, node) {
    if (node.objtype !== 'OBJECT_TABLE') {
        return [postgres_op(context, 'execute', { method: `AlterTableStmt ${String(node.objtype)}` })];
    }
    const table = postgres_tableName(node.relation);
    return (node.cmds ?? []).flatMap((item) => alterTableCommand(context, table, item.AlterTableCmd ?? {}));
}
function alterTableCommand(context, table, command) {
    const column = command.name;
    switch (command.subtype) {
        case 'AT_AddColumn':
            return addColumnOperations(context, table, command.def?.ColumnDef ?? {});
        case 'AT_DropColumn':
            return [postgres_op(context, 'remove_column', { table, columns: [column ?? ''] })];
        case 'AT_AlterColumnType': {
            const definition = command.def?.ColumnDef ?? {};
            return [postgres_op(context, 'change_column', { table, columns: [column ?? ''], columnType: columnTypeOf(context, definition) })];
        }
        case 'AT_ColumnDefault':
            return [
                postgres_op(context, 'change_column_default', {
                    table,
                    columns: [column ?? ''],
                    default: command.def ? postgres_defaultOf(context, command.def) : { kind: 'constant', value: null },
                }),
            ];
        case 'AT_SetNotNull':
            return [postgres_op(context, 'change_column_null', { table, columns: [column ?? ''], nullable: false })];
        case 'AT_DropNotNull':
            return [postgres_op(context, 'change_column_null', { table, columns: [column ?? ''], nullable: true })];
        case 'AT_AddConstraint':
            return constraintOperations(context, table, command.def?.Constraint ?? {}, undefined);
        case 'AT_ValidateConstraint':
            return [postgres_op(context, 'validate_constraint', { table })];
        case 'AT_DropConstraint':
            return [postgres_op(context, 'remove_constraint', { table })];
        case 'AT_SetTableSpace':
            return [postgres_op(context, 'execute', { table, method: 'ALTER TABLE SET TABLESPACE' })];
        case 'AT_SetLogged':
            return [postgres_op(context, 'execute', { table, method: 'ALTER TABLE SET LOGGED' })];
        case 'AT_SetUnLogged':
            return [postgres_op(context, 'execute', { table, method: 'ALTER TABLE SET UNLOGGED' })];
    }
    return [postgres_op(context, 'execute', { table, columns: column ? [column] : undefined, method: `ALTER TABLE ${String(command.subtype)}` })];
}
/**
 * Foreign keys declared in CREATE TABLE: the new table is empty, but PostgreSQL still takes a SHARE
 * ROW EXCLUSIVE lock on the referenced table (writes to it wait) until the migration commits.
 */
function createdForeignKeys(context, node) {
    const table = postgres_tableName(node.relation);
    return (node.tableElts ?? []).flatMap((element) => {
        if (element.Constraint?.contype === 'CONSTR_FOREIGN')
            return constraintOperations(context, table, element.Constraint, undefined);
        const definition = element.ColumnDef;
        if (!definition)
            return [];
        return (definition.constraints ?? [])
            .map((item) => item.Constraint ?? {})
            .filter((constraint) => constraint.contype === 'CONSTR_FOREIGN')
            .flatMap((constraint) => constraintOperations(context, table, constraint, definition.colname));
    });
}
function addColumnOperations(context, table, definition) {
    const column = definition.colname ?? '';
    const columnType = columnTypeOf(context, definition);
    const constraints = (definition.constraints ?? []).map((item) => item.Constraint ?? {});
    const generated = constraints.find((constraint) => constraint.contype === 'CONSTR_GENERATED' || constraint.contype === 'CONSTR_IDENTITY');
    if (generated) {
        // A stored generated or identity column computes a value for every existing row: never a
        // catalog-only add, whatever the expression, so the cost model must not see it as add_column.
        const method = generated.contype === 'CONSTR_IDENTITY' ? 'ADD COLUMN GENERATED AS IDENTITY' : 'ADD COLUMN GENERATED ALWAYS AS';
        return [postgres_op(context, 'execute', { table, columns: [column], columnType, method })];
    }
    const addColumn = postgres_op(context, 'add_column', { table, columns: [column], columnType });
    const defaultConstraint = constraints.find((constraint) => constraint.contype === 'CONSTR_DEFAULT');
    if (defaultConstraint?.raw_expr)
        addColumn.default = postgres_defaultOf(context, defaultConstraint.raw_expr);
    else if (/^(small|big)?serial[248]?$/.test(columnType)) {
        // serial fills existing rows from a sequence: a volatile default, the same rewrite.
        addColumn.default = { kind: 'sql', sql: `nextval('${table}_${column}_seq'::regclass)` };
    }
    if (constraints.some((constraint) => constraint.contype === 'CONSTR_NOTNULL' || constraint.contype === 'CONSTR_PRIMARY'))
        addColumn.nullable = false;
    else if (constraints.some((constraint) => constraint.contype === 'CONSTR_NULL'))
        addColumn.nullable = true;
    return [addColumn, ...constraints.flatMap((constraint) => constraintOperations(context, table, constraint, column))];
}
/** Operations of a table constraint, or of a column constraint when `column` is given. */
function constraintOperations(context, table, constraint, column) {
    const columnsOf = (list) => (column ? [column] : namesOf(list));
    const validate = constraint.skip_validation ? false : undefined;
    switch (constraint.contype) {
        case 'CONSTR_FOREIGN':
            return [
                postgres_op(context, 'add_foreign_key', {
                    table,
                    otherTable: postgres_tableName(constraint.pktable),
                    columns: columnsOf(constraint.fk_attrs),
                    validate: constraint.skip_validation ? false : true,
                }),
            ];
        case 'CONSTR_CHECK':
            return [postgres_op(context, 'add_check_constraint', { table, columns: column ? [column] : undefined, validate })];
        case 'CONSTR_UNIQUE':
            if (constraint.indexname) {
                return [postgres_op(context, 'add_unique_constraint', { table, unique: true, method: 'USING INDEX' })];
            }
            if (column)
                return [postgres_op(context, 'add_index', { table, columns: [column], unique: true })];
            return [postgres_op(context, 'add_unique_constraint', { table, columns: columnsOf(constraint.keys), unique: true })];
        case 'CONSTR_PRIMARY':
            if (constraint.indexname)
                return [postgres_op(context, 'add_index', { table, unique: true, method: 'USING INDEX' })];
            return [postgres_op(context, 'add_index', { table, columns: columnsOf(constraint.keys), unique: true })];
        case 'CONSTR_EXCLUSION':
            return [postgres_op(context, 'add_exclusion_constraint', { table })];
        case 'CONSTR_NOTNULL':
            // A column's own NOT NULL is already on its add_column; a table-level one (PostgreSQL 18) is a change.
            return column ? [] : [postgres_op(context, 'change_column_null', { table, columns: namesOf(constraint.keys), nullable: false })];
        case 'CONSTR_DEFAULT':
        case 'CONSTR_NULL':
            return [];
    }
    return column ? [] : [postgres_op(context, 'execute', { table, method: `ADD CONSTRAINT ${String(constraint.contype)}` })];
}
/** The type as written, lower-cased like the model's other types; a quoted enum name loses its quotes. */
function columnTypeOf(context, definition) {
    return typeText(context.statement, definition.typeName ?? {}).replace(/"/g, '').toLowerCase();
}
function postgres_defaultOf(context, expression) {
    const constant = constantValue(expression);
    if (constant !== undefined)
        return { kind: 'constant', value: constant };
    return { kind: 'sql', sql: expressionText(context.statement, expression) };
}
/** A literal (or a literal cast to a type, as pg_dump and Prisma write them); undefined otherwise. */
function constantValue(expression) {
    const literal = expression.A_Const ?? expression.TypeCast?.arg?.A_Const;
    if (!literal)
        return undefined;
    if (literal.isnull)
        return null;
    // protobuf JSON leaves zero values out: `{ival: {}}` is 0, `{boolval: {}}` is false.
    if (literal.ival)
        return literal.ival.ival ?? 0;
    if (literal.fval)
        return Number(literal.fval.fval);
    if (literal.boolval)
        return literal.boolval.boolval ?? false;
    if (literal.sval)
        return literal.sval.sval ?? '';
    if (literal.bsval)
        return literal.bsval.bsval ?? '';
    return undefined;
}
function postgres_insertOperation(context, node) {
    const table = postgres_tableName(node.relation);
    const values = node.selectStmt?.SelectStmt?.valuesLists;
    if (!node.selectStmt)
        return postgres_op(context, 'backfill', { table, rowsAffected: 1 }); // DEFAULT VALUES
    if (values)
        return postgres_op(context, 'backfill', { table, rowsAffected: values.length });
    return postgres_op(context, 'backfill', { table });
}
function commentOperation(context, node) {
    const names = namesOf(node.object?.List?.items);
    if (node.objtype === 'OBJECT_TABLE')
        return postgres_op(context, 'change_table_comment', { table: qualified(names) });
    if (node.objtype === 'OBJECT_COLUMN' && names.length >= 2) {
        return postgres_op(context, 'change_column_comment', { table: qualified(names.slice(0, -1)), columns: [names.at(-1) ?? ''] });
    }
    return postgres_op(context, 'sql_metadata', { method: 'COMMENT' });
}
function vacuumOperations(context, node) {
    const full = hasOption(node.options, 'full');
    const method = !node.is_vacuumcmd ? 'ANALYZE' : full ? 'VACUUM FULL' : 'VACUUM';
    const tables = (node.rels ?? []).map((rel) => postgres_tableName(rel.VacuumRelation?.relation));
    if (tables.length === 0)
        return [postgres_op(context, 'execute', { method })];
    return tables.map((table) => postgres_op(context, 'execute', { table, method }));
}
/** Why PostgreSQL would refuse this statement inside BEGIN ... COMMIT, or undefined. */
function refusesTransactionBlock(statement) {
    const { type, node } = statement;
    if (type === 'IndexStmt' && node.concurrent)
        return 'CREATE INDEX CONCURRENTLY';
    if (type === 'DropStmt' && node.concurrent)
        return 'DROP INDEX CONCURRENTLY';
    if (type === 'ReindexStmt' && hasOption(node.params, 'concurrently'))
        return 'REINDEX CONCURRENTLY';
    if (type === 'VacuumStmt' && node.is_vacuumcmd)
        return 'VACUUM';
    if (type === 'CreatedbStmt')
        return 'CREATE DATABASE';
    if (type === 'DropdbStmt')
        return 'DROP DATABASE';
    if (type === 'AlterSystemStmt')
        return 'ALTER SYSTEM';
    return undefined;
}
function createdColumns(node) {
    return (node.tableElts ?? [])
        .map((element) => element.ColumnDef?.colname)
        .filter((name) => typeof name === 'string');
}
function indexElementText(context, element) {
    if (!element)
        return '';
    if (element.name)
        return element.name;
    return element.expr ? expressionText(context.statement, element.expr) : '';
}
function hasOption(options, name) {
    return Array.isArray(options) && options.some((option) => option?.DefElem?.defname === name);
}
/** `schema.table` only when the SQL names a schema; the parser already folded unquoted names to lower case. */
function postgres_tableName(relation) {
    if (!relation)
        return '';
    return relation.schemaname ? `${relation.schemaname}.${relation.relname}` : String(relation.relname ?? '');
}
function optionalTableName(relation) {
    return relation ? postgres_tableName(relation) : undefined;
}
function qualified(names) {
    return names.join('.');
}

;// CONCATENATED MODULE: ./src/migration-parsers/sql/transactional.ts
// Whether a SQL migration runs as one transaction, which decides how long its locks are held and
// whether a failure half-way leaves half a migration behind. Each tool does something different:
//
// - MySQL/MariaDB, every tool: DDL commits implicitly (CREATE/ALTER/DROP end the transaction), so
//   no migration with DDL is atomic, whatever the tool asks for.
// - Flyway on PostgreSQL: runs each migration in a transaction by default (`executeInTransaction`,
//   default true: documentation.red-gate.com/fd/flyway-execute-in-transaction-setting-277578997.html).
//   Its PostgreSQL parser marks CREATE INDEX CONCURRENTLY as unable to run in a transaction and then
//   runs the migration without one (flyway/flyway#3854), or refuses to mix both unless `mixed=true`.
//   A per-script `<file>.conf` with executeInTransaction=false is not seen from the file alone.
// - golang-migrate on PostgreSQL: by default sends the whole file as one query; PostgreSQL runs a
//   multi-statement query string as one implicit transaction, which is why CREATE INDEX
//   CONCURRENTLY fails there unless it is alone in its file (openctemio/api#64 hit exactly this).
//   `x-multi-statement=true` in the database URL splits the file and runs statements one by one:
//   that URL is deploy configuration this gate does not see, so the default is assumed.
// - Prisma Migrate on PostgreSQL: does not open a transaction itself (prisma/prisma discussion
//   #3774) but applies migration.sql as one script, so the same implicit transaction applies: a
//   CONCURRENTLY index only works in a migration of its own (prisma/orm discussion #10601).
// - Plain SQL files: the runner is unknown; psql and most scripts run each statement on its own
//   (autocommit), so without an explicit BEGIN the file is not one transaction.
//
// A file that writes BEGIN ... COMMIT itself is transactional with any PostgreSQL runner, unless it
// also contains a statement PostgreSQL refuses inside a transaction block.
function runsInTransaction(format, adapter, evidence) {
    if (adapter === 'mysql')
        return false;
    // golang-migrate and Prisma send the file as ONE query string, which PostgreSQL runs as one
    // implicit transaction: a CONCURRENTLY statement works there only alone in its file. Saying
    // "transactional" for a mixed file lets the gate report the failure it will meet.
    const oneQueryString = format === 'golang-migrate' || format === 'prisma';
    if (evidence.nonTransactionalStatements > 0)
        return oneQueryString && evidence.statementCount > 1;
    if (evidence.explicitBegin)
        return true;
    switch (format) {
        case 'flyway':
        case 'golang-migrate':
        case 'prisma':
            return true;
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/migration-parsers/sql/files.ts
// Reads one SQL migration file (Flyway, golang-migrate, Prisma or plain SQL) into a ParsedMigration,
// and expands the SQL of a Rails `execute` into operations. Bad SQL becomes parseErrors, never a throw:
// the gate turns those into `error`, which blocks the deploy instead of passing it silently.





async function parseSqlMigration(file, source, adapter, options) {
    const recognised = recogniseSqlMigration(file) ?? { format: 'sql', version: '', name: basename(file), direction: 'up' };
    const placeholders = recognised.format === 'flyway' ? withoutFlywayPlaceholders(source) : undefined;
    const read = await readSql(placeholders?.sql ?? source, adapter, { firstLine: 1, safetyAssured: false });
    return {
        file,
        format: recognised.format,
        version: recognised.version,
        name: recognised.name,
        operations: placeholders ? read.operations.map((op) => withPlaceholders(op, placeholders.restore)) : read.operations,
        transactional: runsInTransaction(recognised.format, adapter, read.evidence),
        irreversible: await irreversibleReasons(file, recognised, options),
        parseErrors: read.errors,
    };
}
/**
 * Flyway replaces `${name}` placeholders (`${schema}.orders`, `'${env}'`) before it runs a script;
 * the parser sees them as syntax errors. Each becomes an identifier of the same length (so every
 * position, and so every line number, stays where it was), unique where it fits, so that table
 * names can be given their placeholder back afterwards (`${schema}.orders`).
 */
function withoutFlywayPlaceholders(sql) {
    const originals = new Map();
    let count = 0;
    const replaced = sql.replace(/\$\{[\w.:-]+\}/g, (placeholder) => {
        const tag = `p${count++}`;
        const substitute = tag.length < placeholder.length ? tag + '_'.repeat(placeholder.length - tag.length) : 'p'.padEnd(placeholder.length, '_');
        originals.set(substitute, placeholder);
        return substitute;
    });
    const restore = (text) => (originals.size === 0 ? text : text.replace(/\bp\d*_*\b/g, (word) => originals.get(word) ?? word));
    return { sql: replaced, restore };
}
function withPlaceholders(op, restore) {
    const restored = { ...op, code: restore(op.code) };
    if (op.table !== undefined)
        restored.table = restore(op.table);
    if (op.otherTable !== undefined)
        restored.otherTable = restore(op.otherTable);
    if (op.sql !== undefined)
        restored.sql = restore(op.sql);
    return restored;
}
/** Operations of the SQL string of a Rails `execute` call, whose first line is `options.firstLine`. */
async function expandExecuteSql(sql, adapter, options) {
    const { operations, errors } = await readSql(sql, adapter, options);
    return { operations, errors };
}
async function readSql(sql, adapter, options) {
    if (adapter === 'mysql') {
        // MySQL DDL is never transactional, so no transaction evidence is gathered; a statement
        // node-sql-parser cannot read is an `execute` of unknown cost, not a syntax error.
        const operations = parseMysqlSql(sql, { ...options, flavor: 'mysql' });
        return { operations, errors: [], evidence: { explicitBegin: false, nonTransactionalStatements: 0, statementCount: 0 } };
    }
    const reading = await readPostgresSql(sql, options);
    return {
        operations: reading.operations,
        errors: reading.errors,
        evidence: {
            explicitBegin: reading.transactionControl.some((fact) => fact.statement === 'BEGIN' || fact.statement === 'START'),
            nonTransactionalStatements: reading.nonTransactional.length,
            statementCount: reading.statementCount,
        },
    };
}
/**
 * Only golang-migrate has a rollback convention a file can break: `migrate down` runs the
 * `.down.sql` of the same version and name. Flyway's undo (U) files are an optional paid feature and
 * most Flyway projects roll forward, and Prisma has no down migrations by design; reporting every
 * such migration as irreversible would be noise that teaches people to ignore the finding.
 */
async function irreversibleReasons(file, recognised, options) {
    if (recognised.format !== 'golang-migrate' || recognised.direction !== 'up')
        return [];
    const downName = `${recognised.version}_${recognised.name}.down.sql`;
    const down = options.siblings.find((sibling) => basename(sibling.replace(/\\/g, '/')) === downName);
    if (!down) {
        return [{ message: `golang-migrate cannot roll back ${basename(file)}: there is no down migration; add ${downName}.`, line: 1 }];
    }
    const content = options.readSibling ? await options.readSibling(down) : undefined;
    if (content !== undefined && !hasStatements(content)) {
        return [{ message: `golang-migrate cannot roll back ${basename(file)}: ${downName} is empty; add the statements that undo it to ${downName}.`, line: 1 }];
    }
    return [];
}
/** True when SQL has anything besides blanks and comments. */
function hasStatements(sql) {
    return sql.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(--|#)[^\n]*/g, '').trim() !== '';
}


/***/ })

};

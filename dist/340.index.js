export const id = 340;
export const ids = [340];
export const modules = {

/***/ 9779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ MODELLED_CLASSES),
/* harmony export */   WM: () => (/* binding */ RATES_FILE_VERSION),
/* harmony export */   ap: () => (/* binding */ DEFAULT_RATES),
/* harmony export */   parseRatesFile: () => (/* binding */ parseRatesFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2960);
// The cost model's numbers: per adapter and cost class, seconds = fixed + rows·perRow +
// bytes·perByte (+ rows·indexCount·perIndexRow for a rewrite, which rebuilds every index).
// Defaults were measured on this project's reference machine; a `rates` file (written by
// `deploy-gates migrations calibrate` on the user's own staging database) overrides them.


const RATES_FILE_VERSION = 1;
const MODELLED_CLASSES = ['metadata', 'scan', 'rewrite', 'index', 'concurrent-index', 'backfill'];
const classRates = (fixedSeconds, perRowSeconds, perByteSeconds, perIndexRowSeconds, spread, coldFactor = 1) => ({
    fixedSeconds,
    perRowSeconds,
    perByteSeconds,
    perIndexRowSeconds,
    spread,
    coldFactor,
});
/**
 * Measured on this project's reference machine (2 cores, PostgreSQL 15.20 and MariaDB 10.11.19,
 * default server settings: shared_buffers 128MB, innodb_buffer_pool_size 128MB) on 2026-11-23 with
 *   node_modules/.bin/node scripts/bench/_estimator-defaults.mjs 300000
 * which runs `calibrate()` (src/calibration/calibrate.ts) with rows = 300000 on both servers and
 * prints these numbers (kept to three significant digits).
 * `spread` is not from calibration (three timings fit too well to show the model's error): it is
 * set by hand a little above the largest per-class error that `npm run bench:estimator` (100k, 1M
 * and 3M rows) showed on the same machine, whose timings vary up to 2x between runs, so the range
 * says how far this model has really been off; calibrate() keeps it as a floor. MySQL `scan` is not measured (no MySQL
 * DDL is of that class; constraints are checked by a copy): a plain read rate stands in.
 * `coldFactor` is not from calibration either (its tables fit in the cache by design): for MySQL it
 * was measured with
 *   node_modules/.bin/node scripts/bench/_estimator-cold.mjs 2000000
 * (a 2M-row, 292 MiB table against the 128 MiB buffer pool: index 2.58, rewrite 1.19, backfill
 * 1.27; scan assumed like an index build's read). PostgreSQL: 1, because on this machine the OS
 * page cache held the 3M-row (500 MB) tables and they matched the warm model; a server whose
 * tables exceed its RAM should set it in its rates file.
 */
const DEFAULT_RATES = {
    postgresql: {
        version: 1,
        adapter: 'postgresql',
        bytesPerRow: 167,
        cacheBytes: 134217728,
        classes: {
            metadata: classRates(0.000566, 0, 0, 0, 1),
            scan: classRates(0.000566, 7.47e-9, 6.06e-10, 0, 0.5),
            rewrite: classRates(0.000566, 3.31e-7, 6.07e-9, 2.98e-7, 0.6),
            index: classRates(0.000566, 3.06e-7, 4.72e-10, 0, 0.6),
            'concurrent-index': classRates(0.000566, 5.01e-7, 3.51e-10, 0, 0.6),
            backfill: classRates(0.000566, 4.53e-6, 1.32e-8, 0, 0.7),
        },
        measured: { serverVersion: '15.20', date: '2026-11-23', rows: 300000 },
    },
    mysql: {
        version: 1,
        adapter: 'mysql',
        bytesPerRow: 152,
        cacheBytes: 134217728,
        classes: {
            metadata: classRates(0.00552, 0, 0, 0, 1),
            scan: classRates(0.00552, 3e-7, 0, 0, 1, 2.6),
            rewrite: classRates(0.00552, 2.9e-6, 8.07e-9, 5.8e-7, 0.5, 1.2),
            index: classRates(0.00552, 5.8e-7, 0, 0, 1, 2.6),
            'concurrent-index': classRates(0.00552, 5.8e-7, 0, 0, 1, 2.6),
            backfill: classRates(0.00552, 1.75e-6, 3.2e-10, 0, 1, 1.3),
        },
        measured: { serverVersion: '10.11.19-MariaDB', date: '2026-11-23', rows: 300000 },
    },
};
// ---- the rates file -------------------------------------------------------------------------
//
//   version: 1
//   adapter: postgresql
//   bytes-per-row: 180
//   classes:
//     rewrite:
//       fixed-seconds: 0.05
//       per-row-seconds: 2.1e-6
//   measured: { server-version: "15.4", date: 2026-11-23, rows: 200000 }
//
// Classes and fields that the file leaves out keep the adapter's defaults.
const CLASS_FIELDS = {
    'fixed-seconds': 'fixedSeconds',
    'per-row-seconds': 'perRowSeconds',
    'per-byte-seconds': 'perByteSeconds',
    'per-index-row-seconds': 'perIndexRowSeconds',
    spread: 'spread',
    'cold-factor': 'coldFactor',
};
const TOP_KEYS = ['version', 'adapter', 'bytes-per-row', 'cache-bytes', 'classes', 'measured'];
const MEASURED_KEYS = ['server-version', 'date', 'rows'];
const ADAPTERS = ['postgresql', 'mysql'];
/** Reads a rates file (YAML, or JSON which is YAML): strict, so a misspelled key never silently keeps a default. */
function parseRatesFile(path, content) {
    const fail = (message) => {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`rates file ${path}: ${message}`);
    };
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(content);
    }
    catch (error) {
        return fail(`is not valid YAML or JSON: ${error.message}`);
    }
    if (!isPlainObject(document))
        return fail('must be a mapping with `version: 1`, `adapter` and `classes` (write one with `deploy-gates migrations calibrate`).');
    rejectUnknownKeys(document, TOP_KEYS, '', fail);
    if (document['version'] !== RATES_FILE_VERSION) {
        fail(`\`version\` is ${JSON.stringify(document['version'] ?? null)}; accepted: ${RATES_FILE_VERSION}.`);
    }
    const adapter = document['adapter'];
    if (typeof adapter !== 'string' || !ADAPTERS.includes(adapter)) {
        fail(`\`adapter\` is ${JSON.stringify(adapter ?? null)}; accepted: ${ADAPTERS.join(', ')}.`);
    }
    const defaults = DEFAULT_RATES[adapter];
    const rates = {
        version: RATES_FILE_VERSION,
        adapter: adapter,
        bytesPerRow: document['bytes-per-row'] === undefined ? defaults.bytesPerRow : positiveNumber(document['bytes-per-row'], 'bytes-per-row', fail),
        classes: Object.fromEntries(MODELLED_CLASSES.map((name) => [name, { ...defaults.classes[name] }])),
    };
    const cacheBytes = document['cache-bytes'] === undefined ? defaults.cacheBytes : positiveNumber(document['cache-bytes'], 'cache-bytes', fail);
    if (cacheBytes !== undefined)
        rates.cacheBytes = cacheBytes;
    const classes = document['classes'];
    if (classes !== undefined && classes !== null) {
        if (!isPlainObject(classes))
            fail(`\`classes\` must be a mapping of cost classes (${MODELLED_CLASSES.join(', ')}) to rates.`);
        rejectUnknownKeys(classes, MODELLED_CLASSES, 'classes.', fail);
        for (const [name, fields] of Object.entries(classes)) {
            if (fields === null)
                continue;
            if (!isPlainObject(fields))
                fail(`\`classes.${name}\` must be a mapping of ${Object.keys(CLASS_FIELDS).join(', ')}.`);
            rejectUnknownKeys(fields, Object.keys(CLASS_FIELDS), `classes.${name}.`, fail);
            for (const [key, value] of Object.entries(fields)) {
                const field = CLASS_FIELDS[key];
                rates.classes[name][field] = nonNegativeNumber(value, `classes.${name}.${key}`, fail);
            }
        }
    }
    const measured = document['measured'];
    if (measured !== undefined && measured !== null) {
        if (!isPlainObject(measured))
            fail(`\`measured\` must be a mapping of ${MEASURED_KEYS.join(', ')}.`);
        const m = measured;
        rejectUnknownKeys(m, MEASURED_KEYS, 'measured.', fail);
        rates.measured = {
            serverVersion: String(m['server-version'] ?? ''),
            // YAML reads an unquoted 2026-11-23 as a string with the core schema; keep whatever it is as text.
            date: m['date'] instanceof Date ? m['date'].toISOString().slice(0, 10) : String(m['date'] ?? ''),
            rows: m['rows'] === undefined ? 0 : nonNegativeNumber(m['rows'], 'measured.rows', fail),
        };
    }
    return rates;
}
function rejectUnknownKeys(object, accepted, prefix, fail) {
    for (const key of Object.keys(object)) {
        if (!accepted.includes(key))
            fail(`unknown key \`${prefix}${key}\`; accepted: ${accepted.join(', ')}.`);
    }
}
function nonNegativeNumber(value, key, fail) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return fail(`\`${key}\` is ${JSON.stringify(value ?? null)}; accepted: a number >= 0, plain or in exponent form (0.05, 2.1e-6).`);
    }
    return value;
}
function positiveNumber(value, key, fail) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        return fail(`\`${key}\` is ${JSON.stringify(value ?? null)}; accepted: a number > 0.`);
    }
    return value;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}


/***/ }),

/***/ 340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   observeMigrations: () => (/* binding */ observeMigrations)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5275);
/* harmony import */ var _inputs_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8463);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2960);
/* harmony import */ var _range_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8811);
/* harmony import */ var _cost_rates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9779);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5876);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4615);
// Everything the migrations gate observes, gathered in one place: the deploy range, the migration
// files it adds, their parse, production's table sizes and the rates. The parsers and database
// drivers are WebAssembly and network code the other gates never need, so they load lazily here.









async function observeMigrations(inputs, env) {
    const range = await (0,_range_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDeployRange */ .J)({
        sha: inputs['sha'] ?? env.run.defaultSha,
        productionRef: inputs['production-ref'],
        environment: inputs['environment'],
        history: 'git',
        listLimit: 0,
        fetch: env.fetch,
    }, { workspace: env.workspace, github: env.github });
    const rubyGlobs = globsOf(inputs['paths'], _inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_MIGRATION_PATHS */ .qr);
    const sqlGlobs = globsOf(inputs['sql-paths'], '');
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .T(env.workspace);
    const { readMigrationChanges } = await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(89)]).then(__webpack_require__.bind(__webpack_require__, 1089));
    const changes = await readMigrationChanges(git, {
        baseSha: range.mergeBaseSha ?? range.production.sha,
        deploySha: range.deploySha,
        productionSha: range.production.sha,
        globs: [...rubyGlobs, ...sqlGlobs],
    });
    const { recogniseSqlMigration } = await Promise.all(/* import() */[__webpack_require__.e(713), __webpack_require__.e(505)]).then(__webpack_require__.bind(__webpack_require__, 8505));
    const { minimatch } = await __webpack_require__.e(/* import() */ 581).then(__webpack_require__.bind(__webpack_require__, 3581));
    const isRuby = (path) => rubyGlobs.some((glob) => minimatch(path, glob, { dot: true }));
    // Down and undo SQL files are not forward migrations; Flyway's repeatable R__ files are (they run
    // again whenever they change, after the versioned ones).
    const isForward = (path) => isRuby(path) || ['up', 'repeatable'].includes(recogniseSqlMigration(path)?.direction ?? 'up');
    const productionFiles = new Set(changes.productionFiles);
    // "Added" is against the merge base: a diverged production may already have the file (a hotfix
    // cherry-picked to both sides), and then it has run there and must not be costed again.
    const alreadyRun = changes.changes.filter((change) => change.status === 'added' && productionFiles.has(change.path) && isForward(change.path));
    const added = changes.changes.filter((change) => change.status === 'added' && !productionFiles.has(change.path) && isForward(change.path));
    const editedSinceRun = alreadyRun.length
        ? new Set((await git.run(['diff', '--name-only', '-z', '--no-renames', range.production.sha, range.deploySha, '--', ...alreadyRun.map((change) => `:(literal)${change.path}`)])).split('\0').filter(Boolean))
        : new Set();
    const changedExisting = [
        ...changes.changes
            .filter((change) => change.status !== 'added' && productionFiles.has(change.path) && isForward(change.path))
            .map((change) => ({ path: change.path, status: change.status })),
        ...alreadyRun.filter((change) => editedSinceRun.has(change.path)).map((change) => ({ path: change.path, status: 'modified' })),
    ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const newestInProduction = newestVersions(changes.productionFiles.filter(isForward), isRuby, recogniseSqlMigration);
    const databaseUrl = inputs['database-url'];
    const tableStatsPath = inputs['table-stats'];
    if (databaseUrl && tableStatsPath)
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay('inputs `table-stats` and `database-url` are both set; set only one of them.');
    if (added.length === 0) {
        return {
            adapter: inputs['adapter'] === 'mysql' ? 'mysql' : 'postgresql',
            migrations: [],
            newestInProduction,
            changedExisting,
            statsSource: 'not needed',
            ratesSource: 'not needed',
            adapterSource: 'not needed',
        };
    }
    const database = databaseUrl ? await connect(databaseUrl) : undefined;
    try {
        const { adapter, adapterSource, detectedVersion } = await chooseAdapter(inputs, env.workspace, database?.adapter);
        const readAtDeploy = async (path) => {
            const shown = await git.tryRun(['show', `${range.deploySha}:${path}`]);
            return shown.exitCode === 0 ? shown.stdout : undefined;
        };
        const parsed = await parseAll(added.map((change) => change.path), changes.contents, changes.deployFolderFiles, isRuby, adapter, readAtDeploy);
        const tables = [...new Set(parsed.flatMap((migration) => migration.operations.flatMap((op) => [op.table, op.otherTable])).filter((t) => !!t))];
        const stats = await readStats(env.workspace, tableStatsPath, database, tables);
        const databaseVersion = inputs['database-version'] ?? database?.serverVersion ?? stats.serverVersion ?? detectedVersion;
        const { rates, ratesSource } = await readRates(env.workspace, inputs['rates'], adapter);
        const columnTypes = parsed.some((migration) => migration.operations.some((op) => op.kind === 'change_column'))
            ? await productionColumnTypes(git, range.production.sha)
            : undefined;
        return {
            adapter,
            databaseVersion,
            migrations: (0,_analyze_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeMigrations */ .kk)(parsed, { adapter, databaseVersion, stats: stats.tables, rates, columnTypes }),
            newestInProduction,
            changedExisting,
            statsSource: stats.source,
            ratesSource,
            adapterSource,
        };
    }
    finally {
        await database?.close();
    }
}
/** Column types from production's db/schema.rb; none when production has no schema.rb (structure.sql is not read). */
async function productionColumnTypes(git, productionSha) {
    const shown = await git.tryRun(['show', `${productionSha}:db/schema.rb`]);
    if (shown.exitCode !== 0)
        return undefined;
    const { parseSchemaRbColumns } = await __webpack_require__.e(/* import() */ 405).then(__webpack_require__.bind(__webpack_require__, 405));
    return parseSchemaRbColumns(shown.stdout);
}
function globsOf(value, fallback) {
    return (0,_inputs_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseList */ .E1)(value ?? fallback).map((glob) => glob.replace(/^\.\//, ''));
}
async function connect(url) {
    const { connectDatabase } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 3491));
    return connectDatabase(url, { inputName: 'database-url' });
}
async function chooseAdapter(inputs, workspace, fromDatabase) {
    const asked = inputs['adapter'];
    if (asked !== 'auto' && fromDatabase && asked !== fromDatabase) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay(`input \`adapter\` is ${asked}, but \`database-url\` points at a ${fromDatabase} server: make them agree (or leave \`adapter\` at auto).`);
    }
    if (asked !== 'auto')
        return { adapter: asked, adapterSource: 'input `adapter`', detectedVersion: undefined };
    if (fromDatabase)
        return { adapter: fromDatabase, adapterSource: '`database-url`', detectedVersion: undefined };
    const { detectAdapter } = await __webpack_require__.e(/* import() */ 281).then(__webpack_require__.bind(__webpack_require__, 1281));
    const detected = detectAdapter(workspace);
    if (!detected) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay('cannot tell whether production runs PostgreSQL or MySQL: config/database.yml, db/structure.sql, db/schema.rb and prisma/schema.prisma do not say. Set `adapter: postgresql` or `adapter: mysql`.');
    }
    return { adapter: detected.adapter, adapterSource: detected.source, detectedVersion: detected.databaseVersion };
}
/** Parses every migration and expands the SQL of Rails `execute` calls; returns them in run order. */
async function parseAll(paths, contents, folderFiles, isRuby, adapter, readSibling) {
    const sql = await Promise.all(/* import() */[__webpack_require__.e(713), __webpack_require__.e(505)]).then(__webpack_require__.bind(__webpack_require__, 8505));
    const rubyPaths = paths.filter(isRuby);
    const parseRuby = rubyPaths.length ? await (await Promise.all(/* import() */[__webpack_require__.e(78), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 2722))).createRubyMigrationParser() : undefined;
    const parsed = [];
    for (const path of paths) {
        const source = contents.get(path) ?? '';
        if (parseRuby && isRuby(path)) {
            parsed.push(await expandExecutes(parseRuby(path, source), adapter, sql.expandExecuteSql));
        }
        else {
            const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
            const siblings = folderFiles.filter((file) => file !== path && node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(file) === folder);
            parsed.push(await sql.parseSqlMigration(path, source, adapter, { siblings, readSibling }));
        }
    }
    return parsed.sort(runOrder);
}
/** Formats run separately (Rails, then each SQL tool), each in version order; unversioned (repeatable) last. */
function runOrder(a, b) {
    if (a.format !== b.format)
        return a.format < b.format ? -1 : 1;
    if (!a.version !== !b.version)
        return a.version ? -1 : 1;
    return (0,_decide_js__WEBPACK_IMPORTED_MODULE_7__/* .compareVersions */ .Z)(a.version, b.version) || (a.file < b.file ? -1 : 1);
}
/** An `execute` with known SQL becomes the operations its SQL performs; unknowable SQL stays an `execute` (unknown cost). */
async function expandExecutes(migration, adapter, expand) {
    const operations = [];
    const parseErrors = [...migration.parseErrors];
    for (const operation of migration.operations) {
        if (operation.kind !== 'execute' || operation.sql === undefined) {
            operations.push(operation);
            continue;
        }
        const expanded = await expand(operation.sql, adapter, { firstLine: operation.line, safetyAssured: operation.safetyAssured });
        for (const error of expanded.errors)
            parseErrors.push({ message: `SQL in \`execute\`: ${error.message}`, line: error.line });
        operations.push(...expanded.operations);
    }
    return { ...migration, operations, parseErrors };
}
async function readStats(workspace, path, database, tables) {
    if (path) {
        const { readStatsFile } = await __webpack_require__.e(/* import() */ 272).then(__webpack_require__.bind(__webpack_require__, 4272));
        const fullPath = resolvePath(workspace, path);
        const snapshot = await readStatsFile(fullPath);
        // Name the file as the user wrote it, not the runner's absolute path.
        return { ...snapshot, source: `table-stats ${snapshot.source.replace(fullPath, path)}` };
    }
    if (database) {
        const { readTableStats } = await __webpack_require__.e(/* import() */ 32).then(__webpack_require__.bind(__webpack_require__, 7032));
        const snapshot = await readTableStats(database, tables);
        return { ...snapshot, source: `database-url ${snapshot.source}` };
    }
    return { source: 'no table sizes (neither `table-stats` nor `database-url` is set)', tables: new Map() };
}
async function readRates(workspace, path, adapter) {
    if (!path) {
        const measured = _cost_rates_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RATES */ .ap[adapter].measured;
        return { rates: _cost_rates_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RATES */ .ap[adapter], ratesSource: `built-in${measured ? `, measured on ${measured.serverVersion} (${measured.date}); calibrate yours with \`deploy-gates migrations calibrate\`` : ''}` };
    }
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { parseRatesFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9779));
    const fullPath = resolvePath(workspace, path);
    let content;
    try {
        content = await readFile(fullPath, 'utf8');
    }
    catch (error) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay(`input \`rates\`: cannot read ${path} (${error.code ?? String(error)}). Write it with \`deploy-gates migrations calibrate\`.`);
    }
    const rates = parseRatesFile(path, content);
    if (rates.adapter !== adapter) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_3__/* .GateInputError */ .ay(`input \`rates\`: ${path} was measured on ${rates.adapter}, but production runs ${adapter}; calibrate on a ${adapter} staging database.`);
    }
    return { rates, ratesSource: `rates file ${path}${rates.measured ? ` (measured on ${rates.measured.serverVersion}, ${rates.measured.date})` : ''}` };
}
function resolvePath(workspace, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace, path);
}
function newestVersions(paths, isRuby, recognise) {
    const newest = {};
    for (const path of paths) {
        const ruby = isRuby(path) ? /^(\d+)_/.exec(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path))?.[1] : undefined;
        const sql = ruby === undefined ? recognise(path) : undefined;
        const format = ruby !== undefined ? 'activerecord' : sql?.format;
        const version = ruby ?? sql?.version;
        if (!format || !version)
            continue;
        const current = newest[format];
        if (current === undefined || (0,_decide_js__WEBPACK_IMPORTED_MODULE_7__/* .compareVersions */ .Z)(version, current) > 0)
            newest[format] = version;
    }
    return newest;
}


/***/ })

};

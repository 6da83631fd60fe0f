export const id = 876;
export const ids = [876];
export const modules = {

/***/ 8811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kk: () => (/* binding */ analyzeMigrations),
  PQ: () => (/* binding */ sumEstimates),
  TP: () => (/* binding */ tablesWithoutSize)
});

// EXTERNAL MODULE: ./src/gates/migrations/model.ts
var model = __webpack_require__(4985);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/gates/migrations/cost/classify.ts
// How an operation spends its time and what it blocks, by the rules of the adapter and its version.
// Sources (the rules below follow them; where a rule is a judgement call, the comment says why):
// - PostgreSQL: "ALTER TABLE" (https://www.postgresql.org/docs/current/sql-altertable.html: the lock
//   level of each sub-form, "Adding a column with a volatile DEFAULT ... will require the entire
//   table and its indexes to be rewritten", binary-coercible type changes skip the rewrite) and
//   "Explicit Locking" (https://www.postgresql.org/docs/current/explicit-locking.html: which lock
//   modes conflict; CREATE INDEX takes SHARE, CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, ADD FOREIGN
//   KEY takes SHARE ROW EXCLUSIVE on both tables since 9.5, VALIDATE CONSTRAINT takes SHARE UPDATE
//   EXCLUSIVE).
// - MySQL 8.0: "Online DDL Operations" (https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html):
//   ADD COLUMN is INSTANT from 8.0.12 (last position only before 8.0.29), DROP COLUMN INSTANT from
//   8.0.29, "Changing the column data type" is COPY only (no concurrent DML), secondary indexes are
//   built INPLACE with concurrent DML, ADD FOREIGN KEY is INPLACE only with foreign_key_checks=0.
// - MariaDB: "InnoDB Online DDL Operations with the INSTANT Alter Algorithm"
//   (https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/):
//   instant ADD COLUMN from 10.3.2 (last column), any position and instant DROP COLUMN from 10.4.

function classifyOperation(op, context) {
    return context.adapter === 'postgresql' ? classifyPostgres(op, context) : classifyMysql(op, context);
}
// ---- PostgreSQL -----------------------------------------------------------------------------
/** A table-level ACCESS EXCLUSIVE lock held only to change the catalog. */
const BRIEF_EXCLUSIVE = 'takes ACCESS EXCLUSIVE (blocks reads and writes) only for a catalog change, but waits behind any long transaction on the table and blocks everything queued after it meanwhile';
function classifyPostgres(op, context) {
    const tables = lockedTablesOf(op);
    const version = coerceVersion(context.databaseVersion);
    const result = (costClass, lock, reason, lockedTables = tables) => ({
        costClass,
        lock,
        lockedTables,
        reason,
    });
    switch (op.kind) {
        case 'add_column':
        case 'add_timestamps': {
            const volatile = volatileDefault(op);
            if (volatile)
                return result('rewrite', 'reads-and-writes', `the default ${volatile} is volatile: every row gets its own value, so the table and its indexes are rewritten under ACCESS EXCLUSIVE`);
            const hasDefault = op.default !== undefined && !(op.default.kind === 'constant' && op.default.value === null);
            if (hasDefault && (!version || semver_default().lt(version, '11.0.0'))) {
                return result('rewrite', 'reads-and-writes', `before PostgreSQL 11${version ? '' : ' (the server version is unknown)'} a column with a default rewrites the table under ACCESS EXCLUSIVE`);
            }
            return result('metadata', 'reads-and-writes', `${hasDefault ? 'a non-volatile default is stored in the catalog (PostgreSQL >= 11): no rewrite; ' : ''}${BRIEF_EXCLUSIVE}`);
        }
        case 'change_column': {
            if (context.previousColumnType && binaryCoercible(context.previousColumnType, op.columnType)) {
                return result('metadata', 'reads-and-writes', `${context.previousColumnType} to ${op.columnType} is binary-coercible: no rewrite; ${BRIEF_EXCLUSIVE}`);
            }
            return result('rewrite', 'reads-and-writes', 'changing a column type rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE (only binary-coercible changes such as varchar(n) to a longer varchar or to text skip the rewrite)');
        }
        case 'change_column_null':
            if (op.nullable === false) {
                return result('scan', 'reads-and-writes', 'SET NOT NULL scans the whole table under ACCESS EXCLUSIVE (a validated CHECK (col IS NOT NULL) constraint added first lets PostgreSQL >= 12 skip the scan)');
            }
            return result('metadata', 'reads-and-writes', `DROP NOT NULL ${BRIEF_EXCLUSIVE}`);
        case 'add_index':
        case 'add_unique_constraint':
            if (op.concurrently) {
                return result('concurrent-index', 'nothing', 'CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE (reads and writes go on): two table scans, plus waits for every transaction older than each phase');
            }
            return result('index', 'writes', 'CREATE INDEX takes SHARE: reads go on, writes wait for the whole build');
        case 'add_reference': {
            const fk = op.foreignKey === true && op.validate !== false;
            const withIndex = op.index !== false;
            const lockedTables = fk && op.otherTable ? [...tables, op.otherTable] : tables;
            if (withIndex && op.concurrently) {
                return result('concurrent-index', fk ? 'writes' : 'nothing', `adds the column (brief ACCESS EXCLUSIVE), builds its index CONCURRENTLY${fk ? '; the foreign key takes SHARE ROW EXCLUSIVE on both tables (writes wait) while it validates' : ''}`, lockedTables);
            }
            if (withIndex) {
                // In one migration transaction the ACCESS EXCLUSIVE of ADD COLUMN is held until COMMIT, so
                // it covers the index build that follows.
                return result('index', 'reads-and-writes', `adds the column and builds its index${fk ? ' and foreign key' : ''}; in a migration transaction the ACCESS EXCLUSIVE of ADD COLUMN is held for the whole build`, lockedTables);
            }
            if (fk)
                return result('scan', 'writes', 'adds the column and a foreign key: validating it scans the table under SHARE ROW EXCLUSIVE on both tables (writes wait)', lockedTables);
            return result('metadata', 'reads-and-writes', `adds a column without an index: ${BRIEF_EXCLUSIVE}`);
        }
        case 'add_foreign_key': {
            const lockedTables = op.otherTable ? [...tables, op.otherTable] : tables;
            if (op.validate === false) {
                return result('metadata', 'writes', 'NOT VALID: no scan; takes SHARE ROW EXCLUSIVE on both tables briefly (writes wait, also behind long transactions)', lockedTables);
            }
            return result('scan', 'writes', 'checks every row against the referenced table under SHARE ROW EXCLUSIVE on both tables: writes wait for the whole scan (add it NOT VALID, then validate)', lockedTables);
        }
        case 'add_check_constraint':
        case 'add_exclusion_constraint':
            if (op.validate === false && op.kind === 'add_check_constraint') {
                return result('metadata', 'reads-and-writes', `NOT VALID: no scan; ${BRIEF_EXCLUSIVE}`);
            }
            if (op.kind === 'add_exclusion_constraint') {
                return result('index', 'reads-and-writes', 'an exclusion constraint builds its index under ACCESS EXCLUSIVE');
            }
            return result('scan', 'reads-and-writes', 'checks every row under ACCESS EXCLUSIVE: reads and writes wait for the whole scan (add it NOT VALID, then validate)');
        case 'validate_foreign_key':
        case 'validate_check_constraint':
        case 'validate_constraint':
            return result('scan', 'nothing', 'VALIDATE CONSTRAINT scans the table under SHARE UPDATE EXCLUSIVE: reads and writes go on');
        case 'backfill':
            return result('backfill', 'writes', 'updates rows: each row is locked until the transaction commits (writes to those rows wait), and every updated row is a new tuple version plus index entries');
        case 'execute':
            return classifyExecute(op, tables, 'postgresql');
        case 'unknown':
            return result('unknown', 'reads-and-writes', `\`${op.method ?? 'an unknown call'}\` is not an operation the gate knows: its cost and locks are unknown, never assumed free`);
        case 'create_table':
            return result('metadata', 'nothing', 'creates a new table: nothing else uses it yet');
        case 'remove_index':
            if (op.concurrently)
                return result('metadata', 'nothing', 'DROP INDEX CONCURRENTLY waits for transactions but blocks nothing');
            return result('metadata', 'reads-and-writes', `DROP INDEX ${BRIEF_EXCLUSIVE}`);
        case 'sql_metadata':
            return result('metadata', 'nothing', 'a catalog change (function, type, view, comment, grant): no table data is touched');
        default:
            // drop_table, rename_*, remove_column, remove_*, change_column_default, comments: catalog only.
            return result('metadata', 'reads-and-writes', `${op.kind} changes the catalog only; ${BRIEF_EXCLUSIVE}`);
    }
}
/** Functions whose value is fixed for a transaction or forever: a default with them does not rewrite. */
const NON_VOLATILE_FUNCTIONS = new Set([
    'now',
    'transaction_timestamp',
    'statement_timestamp',
    'current_date',
    'current_timestamp',
    'localtimestamp',
    'lower',
    'upper',
    'coalesce',
    'to_json',
    'to_jsonb',
    'jsonb_build_object',
    'json_build_object',
    'array',
]);
/** The volatile part of a default (for the reason), or undefined when it is non-volatile. */
function volatileDefault(op) {
    const value = op.default;
    if (!value || value.kind === 'constant')
        return undefined;
    // Ruby that could not be evaluated: guessing "constant" could pass a rewrite.
    if (value.kind === 'expression')
        return `\`${value.code}\` (Ruby, not known statically)`;
    for (const match of value.sql.toLowerCase().matchAll(/([a-z_][a-z0-9_.]*)\s*\(/g)) {
        const name = (match[1] ?? '').split('.').pop() ?? '';
        // An unknown function may be volatile; only the known stable/immutable ones are trusted.
        if (!NON_VOLATILE_FUNCTIONS.has(name))
            return `\`${value.sql}\``;
    }
    return undefined;
}
/** PostgreSQL skips the rewrite when the new type is binary-coercible from the old one. */
function binaryCoercible(from, to) {
    if (!to)
        return false;
    const a = normaliseType(from);
    const b = normaliseType(to);
    const textual = (t) => t.name === 'varchar' || t.name === 'text';
    if (!textual(a) || !textual(b))
        return false;
    if (b.name === 'text' || b.length === undefined)
        return true;
    return a.name === 'varchar' && a.length !== undefined && b.length >= a.length;
}
function normaliseType(type) {
    const match = /^\s*:?(character varying|varchar|string|text)\s*(?:\(\s*(\d+)\s*\))?/i.exec(type);
    if (!match)
        return { name: type.trim().toLowerCase() };
    const name = (match[1] ?? '').toLowerCase() === 'text' ? 'text' : 'varchar';
    return match[2] ? { name, length: Number(match[2]) } : { name };
}
// ---- MySQL / MariaDB ------------------------------------------------------------------------
function classifyMysql(op, context) {
    const tables = lockedTablesOf(op);
    const mariadb = /mariadb/i.test(context.databaseVersion ?? '');
    const version = coerceVersion(context.databaseVersion);
    const server = mariadb ? 'MariaDB' : 'MySQL';
    const atLeast = (mysql, maria) => (version ? semver_default().gte(version, mariadb ? maria : mysql) : false);
    const result = (costClass, lock, reason, lockedTables = tables) => ({
        costClass,
        lock,
        lockedTables,
        reason: `${reason}; DDL is not transactional: a failure half-way leaves the earlier statements applied`,
    });
    // An explicit ALGORITHM= wins: the server refuses the statement rather than fall back.
    if (op.mysqlAlgorithm === 'copy') {
        return result('rewrite', 'writes', 'ALGORITHM=COPY copies the table row by row: reads go on, writes wait for the whole copy');
    }
    switch (op.kind) {
        case 'add_column':
        case 'add_timestamps':
            // Rails appends columns (no AFTER), so "last position only" is met.
            if (op.mysqlAlgorithm === 'instant' || (op.mysqlAlgorithm !== 'inplace' && atLeast('8.0.12', '10.3.2'))) {
                return result('metadata', 'nothing', `${server} adds the column INSTANT (metadata only; a brief metadata lock waits behind long transactions)`);
            }
            return result('rewrite', 'nothing', `${version ? `${server} ${version}` : 'an unknown server version'} adds a column INPLACE by rebuilding the table: concurrent DML goes on, brief metadata locks at start and end`);
        case 'remove_column':
        case 'remove_timestamps':
        case 'remove_reference':
            if (op.mysqlAlgorithm === 'instant' || (op.mysqlAlgorithm !== 'inplace' && atLeast('8.0.29', '10.4.0'))) {
                return result('metadata', 'nothing', `${server} drops the column INSTANT (metadata only)`);
            }
            return result('rewrite', 'nothing', 'dropping a column rebuilds the table INPLACE: concurrent DML goes on');
        case 'change_column':
            if (op.mysqlAlgorithm === 'instant')
                return result('metadata', 'nothing', 'ALGORITHM=INSTANT: metadata only (the server refuses it otherwise)');
            return result('rewrite', 'writes', 'changing a column type is ALGORITHM=COPY only: reads go on, writes wait for the whole copy');
        case 'change_column_null':
            return result('rewrite', 'nothing', `making a column ${op.nullable === false ? 'NOT NULL' : 'NULL'} rebuilds the table INPLACE: concurrent DML goes on`);
        case 'add_index':
        case 'add_unique_constraint':
            return result('index', 'nothing', 'a secondary index is built INPLACE: concurrent DML goes on (brief metadata locks at start and end)');
        case 'add_reference': {
            const lockedTables = op.foreignKey && op.otherTable ? [...tables, op.otherTable] : tables;
            if (op.foreignKey) {
                return result('rewrite', 'writes', 'with foreign_key_checks=1 adding a foreign key is ALGORITHM=COPY: writes wait for the whole copy (INPLACE needs foreign_key_checks=0)', lockedTables);
            }
            if (op.index !== false)
                return result('index', 'nothing', 'adds the column and builds its index INPLACE: concurrent DML goes on', lockedTables);
            return classifyMysql({ ...op, kind: 'add_column' }, context);
        }
        case 'add_foreign_key': {
            const lockedTables = op.otherTable ? [...tables, op.otherTable] : tables;
            if (op.mysqlAlgorithm === 'inplace') {
                return result('metadata', 'nothing', 'INPLACE with foreign_key_checks=0: existing rows are not checked', lockedTables);
            }
            return result('rewrite', 'writes', 'with foreign_key_checks=1 adding a foreign key is ALGORITHM=COPY: writes wait for the whole copy (`validate: false` has no effect on MySQL)', lockedTables);
        }
        case 'add_check_constraint':
            return result('rewrite', 'writes', 'adding a CHECK constraint copies the table to check every row: writes wait');
        case 'backfill':
            return result('backfill', 'writes', 'updates rows: each row is locked until the statement commits (writes to those rows wait)');
        case 'execute':
            return classifyExecute(op, tables, 'mysql');
        case 'unknown':
            return result('unknown', 'reads-and-writes', `\`${op.method ?? 'an unknown call'}\` is not an operation the gate knows: its cost and locks are unknown, never assumed free`);
        case 'create_table':
            return result('metadata', 'nothing', 'creates a new table: nothing else uses it yet');
        case 'validate_foreign_key':
        case 'validate_check_constraint':
        case 'validate_constraint':
            return result('metadata', 'nothing', `${server} has no NOT VALID constraints: nothing to validate`);
        default:
            return result('metadata', 'nothing', `${op.kind} changes metadata only (a brief metadata lock waits behind long transactions)`);
    }
}
// ---- shared ---------------------------------------------------------------------------------
function classifyExecute(op, tables, adapter) {
    const statement = `${op.method ?? ''} ${op.sql ?? ''}`.toUpperCase();
    if (adapter === 'postgresql' && /\bCLUSTER\b|\bVACUUM\s+(\(\s*)?FULL\b/.test(statement)) {
        return { costClass: 'rewrite', lock: 'reads-and-writes', lockedTables: tables, reason: 'CLUSTER / VACUUM FULL rewrites the table under ACCESS EXCLUSIVE' };
    }
    if (adapter === 'mysql' && /\bOPTIMIZE\s+TABLE\b/.test(statement)) {
        return { costClass: 'rewrite', lock: 'nothing', lockedTables: tables, reason: 'OPTIMIZE TABLE rebuilds the table INPLACE' };
    }
    return {
        costClass: 'unknown',
        lock: 'reads-and-writes',
        lockedTables: tables,
        reason: 'SQL the gate could not break into known operations: its cost and locks are unknown, never assumed free',
    };
}
function lockedTablesOf(op) {
    return op.table ? [op.table] : [];
}
/** `15.4` → 15.4.0, `10.11.19-MariaDB-0+deb12u1` → 10.11.19; undefined when absent or unreadable. */
function coerceVersion(raw) {
    if (!raw)
        return undefined;
    return semver_default().coerce(raw)?.version;
}

;// CONCATENATED MODULE: ./src/gates/migrations/cost/estimate.ts
// How long an operation takes on a production-size table, as a range: the cost model of its class
// (rates.ts) applied to the table's rows, bytes and indexes, widened by the model's measured spread
// and by how unsure the row count is. Never a single number: a range says how much to trust it.


const FOREIGN_KEY_KINDS = new Set(['add_foreign_key', 'validate_foreign_key', 'add_reference']);
/** The model's central value in seconds (also what the benchmark compares with the truth). */
function modelSeconds(rates, costClass, shape) {
    const r = rates.classes[costClass];
    const indexRows = costClass === 'rewrite' ? shape.rows * shape.indexCount * r.perIndexRowSeconds : 0;
    const warm = shape.rows * r.perRowSeconds + shape.bytes * r.perByteSeconds + indexRows;
    return r.fixedSeconds + warm * (exceedsCache(rates, shape) ? r.coldFactor : 1);
}
function exceedsCache(rates, shape) {
    return rates.cacheBytes !== undefined && shape.bytes > rates.cacheBytes;
}
function estimateOperation(op, context) {
    const classification = classifyOperation(op, context);
    const { costClass } = classification;
    if (costClass === 'unknown')
        return { ...classification, estimate: null };
    const rates = context.rates;
    const metadata = rates.classes.metadata;
    const metadataRange = widen(metadata.fixedSeconds, metadata.fixedSeconds, metadata.spread);
    const lockWait = ' The time to acquire the lock is not in the estimate: it waits for the longest transaction using the table (set lock_timeout).';
    if (costClass === 'metadata') {
        return { ...classification, reason: `${classification.reason}.${lockWait}`, estimate: metadataRange };
    }
    const table = context.table;
    if (table === 'new') {
        return { ...classification, reason: `${classification.reason}; the table is created earlier in this deploy, so it is empty`, estimate: metadataRange };
    }
    if (table === undefined || table.rows === null) {
        return { ...classification, reason: `${classification.reason}; the size of ${op.table ?? 'the table'} is unknown, so its duration is too`, estimate: null };
    }
    const fullRows = table.rows;
    let rows = fullRows;
    let partialNote = '';
    if (costClass === 'backfill' && op.rowsAffected !== undefined) {
        rows = Math.min(op.rowsAffected, fullRows);
        partialNote = `; touches ${op.rowsAffected} row(s)`;
    }
    const bytesPerRow = table.bytes !== undefined && fullRows > 0 ? table.bytes / fullRows : rates.bytesPerRow;
    const shape = { rows, bytes: rows * bytesPerRow, indexCount: table.indexCount ?? 1 };
    let central = modelSeconds(rates, costClass, shape);
    let referencedNote = '';
    if (costClass === 'scan' && FOREIGN_KEY_KINDS.has(op.kind)) {
        // Validating a foreign key joins the referencing table with the referenced one: both are read.
        const other = context.otherTable;
        if (other !== undefined && other !== 'new' && other.rows !== null) {
            const otherBytesPerRow = other.bytes !== undefined && other.rows > 0 ? other.bytes / other.rows : rates.bytesPerRow;
            central += modelSeconds(rates, 'scan', { rows: other.rows, bytes: other.rows * otherBytesPerRow, indexCount: other.indexCount ?? 1 }) - rates.classes.scan.fixedSeconds;
        }
        else if (other !== 'new') {
            referencedNote = `; the size of ${op.otherTable ?? 'the referenced table'} is unknown, so reading it is not included`;
        }
    }
    const fixed = rates.classes[costClass].fixedSeconds;
    const uncertainty = table.rowsUncertainty ?? model/* ROWS_UNCERTAINTY */.v[context.adapter];
    // Only the size-dependent part scales with the row count's error.
    const lowRows = fixed + (central - fixed) * Math.max(0, 1 - uncertainty);
    const highRows = fixed + (central - fixed) * (1 + uncertainty);
    let estimate = widen(lowRows, highRows, rates.classes[costClass].spread);
    if (costClass === 'backfill' && op.partial && op.rowsAffected === undefined) {
        // A WHERE clause narrows it by an unknown amount: anywhere from nothing to the whole table.
        estimate = { low: metadataRange.low, high: estimate.high };
        partialNote = '; a condition narrows the rows by an unknown amount, so the range runs up to the whole table';
    }
    const uncertaintyNote = uncertainty >= 0.3 ? `; the row count is an estimate (±${Math.round(uncertainty * 100)}%), so the range is wide` : '';
    const coldFactor = rates.classes[costClass].coldFactor;
    const coldNote = exceedsCache(rates, shape) && coldFactor !== 1
        ? `; the table is larger than the server's buffer cache, so it is read from disk (about ${coldFactor}x slower)`
        : '';
    const waitNote = costClass === 'concurrent-index' ? '; plus waiting for every transaction older than each phase, which no model can bound' : '';
    return {
        ...classification,
        reason: `${classification.reason}${partialNote}${referencedNote}${coldNote}${uncertaintyNote}${waitNote}`,
        estimate,
    };
}
/**
 * The range around [low, high] from the model's spread, rounded outwards to two significant
 * digits. Multiplicative both ways (÷ and × (1 + spread)): timings err by factors, and a spread of
 * 1 (twice as slow) must not turn the low end into zero.
 */
function widen(low, high, spread) {
    return { low: roundDown(low / (1 + spread)), high: roundUp(high * (1 + spread)) };
}
function roundDown(seconds) {
    if (seconds <= 0)
        return 0;
    const scale = 10 ** (Math.floor(Math.log10(seconds)) - 1);
    return Number((Math.floor(seconds / scale) * scale).toPrecision(2));
}
function roundUp(seconds) {
    if (seconds <= 0)
        return 0;
    const scale = 10 ** (Math.floor(Math.log10(seconds)) - 1);
    // The epsilon keeps an exact value (0.12) from being bumped by floating-point noise (0.12000001).
    return Number((Math.ceil(seconds / scale - 1e-9) * scale).toPrecision(2));
}

;// CONCATENATED MODULE: ./src/gates/migrations/analyze.ts
// From parsed migrations to the deploy plan's rows: each operation with its table's size, cost
// class, lock and estimate, and how long it blocks other sessions. Pure: sizes and rates come in.
//
// Two rules shape the numbers beyond one operation:
// - tables created earlier in the same deploy are empty when later operations run;
// - on PostgreSQL a migration runs in one transaction (unless `disable_ddl_transaction!`), and every
//   lock is held until it commits: an instant ADD COLUMN followed by a 10-minute backfill blocks the
//   table for 10 minutes. MySQL commits each DDL statement implicitly, so its locks end with the
//   statement.

/** `migrations` must be in the order they will run (version order). */
function analyzeMigrations(migrations, context) {
    const createdInDeploy = new Set();
    // A production table renamed earlier in the deploy keeps its rows under the new name.
    const renamedFrom = new Map();
    const columnTypes = new ColumnTypeTracker(context.columnTypes);
    return migrations.map((migration) => {
        const holdsLocksToEnd = context.adapter === 'postgresql' && migration.transactional;
        const operations = migration.operations.map((operation) => {
            // A table being created does not exist in production yet, whatever the stats say.
            if (operation.kind === 'create_table' && operation.table)
                createdInDeploy.add(operation.table);
            const table = sizeOf(operation.table, createdInDeploy, renamedFrom, context.stats);
            const otherTable = sizeOf(operation.otherTable, createdInDeploy, renamedFrom, context.stats);
            const cost = estimateOperation(operation, {
                adapter: context.adapter,
                databaseVersion: context.databaseVersion,
                table,
                otherTable,
                rates: context.rates,
                previousColumnType: operation.kind === 'change_column' ? columnTypes.typeOf(operation) : undefined,
            });
            columnTypes.apply(operation);
            trackCreatedTables(operation, createdInDeploy, renamedFrom);
            return { operation, rows: rowsOf(operation.table, table), cost, blocking: null };
        });
        for (const [index, analyzed] of operations.entries()) {
            if (analyzed.cost.lock === 'nothing')
                continue;
            analyzed.blocking = holdsLocksToEnd ? sumEstimates(operations.slice(index).map((later) => later.cost.estimate)) : analyzed.cost.estimate;
        }
        return { migration, operations, estimate: sumEstimates(operations.map((analyzed) => analyzed.cost.estimate)), holdsLocksToEnd };
    });
}
/** The sum of ranges; null when any is unknown. An empty list takes no time. */
function sumEstimates(estimates) {
    let low = 0;
    let high = 0;
    for (const estimate of estimates) {
        if (!estimate)
            return null;
        low += estimate.low;
        high += estimate.high;
    }
    return { low, high };
}
/** Tables whose missing size left an estimate unknown (tables the deploy creates first are never among them). */
function tablesWithoutSize(analyzed) {
    const missing = new Set();
    for (const migration of analyzed) {
        // Only where the size was needed: dropping or renaming a table of unknown size costs the same.
        // An unknown operation has no estimate whatever the size: the unknown-operation finding covers it.
        for (const { operation, rows, cost } of migration.operations) {
            if (rows === null && cost.estimate === null && cost.costClass !== 'unknown' && operation.table)
                missing.add(operation.table);
        }
    }
    return [...missing].sort();
}
function sizeOf(table, created, renamedFrom, stats) {
    if (!table)
        return undefined;
    if (created.has(table))
        return 'new';
    const name = renamedFrom.get(table) ?? table;
    return stats.get(name) ?? stats.get(unqualified(name)) ?? onlyQualified(name, stats);
}
/** `users` in a migration, `public.users` in the stats: the one entry of that name in any schema. */
function onlyQualified(table, stats) {
    if (table.includes('.'))
        return undefined;
    const matches = [...stats.entries()].filter(([name]) => name.includes('.') && unqualified(name) === table);
    return matches.length === 1 ? matches[0][1] : undefined;
}
function rowsOf(table, size) {
    if (!table)
        return undefined;
    if (size === 'new')
        return 'new';
    return size?.rows ?? null;
}
function trackCreatedTables(operation, created, renamedFrom) {
    if (!operation.table)
        return;
    if (operation.kind === 'create_table') {
        created.add(operation.table);
        renamedFrom.delete(operation.table);
    }
    else if (operation.kind === 'drop_table') {
        created.delete(operation.table);
        renamedFrom.delete(operation.table);
    }
    else if (operation.kind === 'rename_table' && operation.otherTable) {
        if (created.has(operation.table)) {
            created.delete(operation.table);
            created.add(operation.otherTable);
        }
        else {
            renamedFrom.set(operation.otherTable, renamedFrom.get(operation.table) ?? operation.table);
        }
        renamedFrom.delete(operation.table);
    }
}
/** `public.orders` → `orders`: stats files usually name tables without their schema. */
function unqualified(table) {
    const dot = table.lastIndexOf('.');
    return dot === -1 ? table : table.slice(dot + 1);
}
/** Column types as the deploy changes them: production's, then each add/change/rename/remove in order. */
class ColumnTypeTracker {
    types = new Map();
    constructor(production) {
        for (const [table, columns] of production ?? [])
            for (const [column, type] of columns)
                this.types.set(key(table, column), type);
    }
    typeOf(operation) {
        const column = operation.columns?.[0];
        if (!operation.table || !column)
            return undefined;
        return this.types.get(key(operation.table, column)) ?? this.types.get(key(unqualified(operation.table), column));
    }
    apply(operation) {
        const [column, renamedTo] = operation.columns ?? [];
        if (!operation.table || !column)
            return;
        const name = key(operation.table, column);
        if ((operation.kind === 'add_column' || operation.kind === 'change_column') && operation.columnType)
            this.types.set(name, operation.columnType);
        else if (operation.kind === 'remove_column')
            this.types.delete(name);
        else if (operation.kind === 'rename_column' && renamedTo) {
            const type = this.types.get(name);
            this.types.delete(name);
            if (type)
                this.types.set(key(operation.table, renamedTo), type);
        }
    }
}
function key(table, column) {
    return `${table}\u0000${column}`;
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ compareVersions),
  decideMigrations: () => (/* binding */ decideMigrations)
});

// EXTERNAL MODULE: ./src/gates/migrations/analyze.ts + 2 modules
var analyze = __webpack_require__(8811);
// EXTERNAL MODULE: ./src/gates/migrations/format.ts
var format = __webpack_require__(6149);
;// CONCATENATED MODULE: ./src/gates/migrations/dangers.ts
// Dangerous operations in the spirit of strong_migrations: each check has a name, says in one
// sentence what it blocks and for how long on THIS table, and shows the safe way to write it.
// Severity grows with the table: a rewrite of a 200-row table is a notice, of a 48M-row table it
// stops the deploy. `safety_assured` turns a finding into a notice that still says it all.

/** Below this many rows a dangerous lock is over before anyone notices: a notice, for the record. */
const SMALL_TABLE_ROWS = 10_000;
const CHECKS = [
    {
        id: 'migrations/concurrent-index-in-transaction',
        title: 'Concurrent index inside a transaction',
        applies: ({ cost }, migration, adapter) => adapter === 'postgresql' && cost.costClass === 'concurrent-index' && migration.migration.transactional,
        danger: () => 'cannot run inside a transaction: PostgreSQL refuses CREATE INDEX CONCURRENTLY in a transaction block, so the migration fails',
        safe: (_analyzed, _adapter, { migration }) => migration.format === 'activerecord'
            ? 'add `disable_ddl_transaction!` to the migration (and keep the concurrent index alone in it)'
            : `put the CONCURRENTLY statement alone in a migration file of its own (${migration.format} sends a file as one query, which PostgreSQL runs as one transaction)`,
        minimum: 'error',
    },
    {
        id: 'migrations/non-concurrent-index',
        title: 'Index built without CONCURRENTLY',
        applies: ({ operation, cost }, _migration, adapter) => adapter === 'postgresql' && cost.costClass === 'index' && cost.lock !== 'nothing' && ['add_index', 'add_reference', 'add_unique_constraint'].includes(operation.kind),
        danger: (analyzed, migration) => `holds a lock that ${blocks(analyzed, migration)} for the whole build`,
        safe: ({ operation }) => operation.kind === 'add_reference'
            ? 'write `add_reference ..., index: { algorithm: :concurrently }` in a migration with `disable_ddl_transaction!`'
            : `write it as \`add_index :${operation.table}, ${columnsOf(operation.columns)}, algorithm: :concurrently\` with \`disable_ddl_transaction!\``,
    },
    {
        id: 'migrations/table-rewrite',
        title: 'Table rewrite',
        applies: ({ cost }) => cost.costClass === 'rewrite' && cost.lock !== 'nothing',
        danger: (analyzed, migration) => `rewrites the whole table (${analyzed.cost.reason}) and ${blocks(analyzed, migration)} while it does`,
        safe: ({ operation }, adapter) => operation.kind === 'add_column'
            ? 'add the column without the default (or with a constant one), then set the default and backfill in batches in a later migration'
            : adapter === 'mysql'
                ? 'use an online schema change tool (gh-ost, pt-online-schema-change), or add a new column, backfill it in batches and switch over'
                : 'add a new column of the new type, backfill it in batches, switch reads and writes over, then drop the old column',
    },
    {
        id: 'migrations/not-null-scan',
        title: 'NOT NULL that scans the table',
        applies: ({ operation, cost }, _migration, adapter) => adapter === 'postgresql' && operation.kind === 'change_column_null' && operation.nullable === false && cost.costClass === 'scan',
        danger: (analyzed, migration) => `scans every row to check for NULLs and ${blocks(analyzed, migration)} while it does`,
        safe: ({ operation }) => `add \`add_check_constraint :${operation.table}, "${operation.columns?.[0] ?? 'column'} IS NOT NULL", name: "${operation.columns?.[0] ?? 'column'}_null", validate: false\`, ` +
            'validate it in a second migration, then `change_column_null` (PostgreSQL 12+ uses the valid constraint and skips the scan)',
    },
    {
        id: 'migrations/foreign-key-validation',
        title: 'Foreign key validated while locking both tables',
        applies: ({ operation, cost }) => (operation.kind === 'add_foreign_key' || (operation.kind === 'add_reference' && operation.foreignKey === true)) && cost.costClass === 'scan' && cost.lock !== 'nothing',
        danger: (analyzed, migration) => `checks every row while it ${blocks(analyzed, migration)}${analyzed.operation.otherTable ? ` and on \`${analyzed.operation.otherTable}\`` : ''}`,
        safe: ({ operation }) => `add it with \`validate: false\` (\`add_foreign_key :${operation.table}, :${operation.otherTable ?? 'other_table'}, validate: false\`), then \`validate_foreign_key\` in a second migration`,
    },
    {
        id: 'migrations/check-constraint-scan',
        title: 'Check constraint validated under a lock',
        applies: ({ operation, cost }) => operation.kind === 'add_check_constraint' && cost.costClass === 'scan' && cost.lock !== 'nothing',
        danger: (analyzed, migration) => `checks every row while it ${blocks(analyzed, migration)}`,
        safe: () => 'add it with `validate: false`, then `validate_check_constraint` in a second migration',
    },
    {
        id: 'migrations/backfill-in-transaction',
        title: 'Backfill inside the migration\'s transaction',
        applies: ({ cost }, migration) => cost.costClass === 'backfill' && migration.holdsLocksToEnd,
        danger: (analyzed, migration) => `changes rows inside the migration's transaction: every row it touches, and every lock taken before it, stays locked until the migration ends (${blocks(analyzed, migration)})`,
        safe: () => 'move the backfill to its own migration with `disable_ddl_transaction!` and update in batches (`in_batches(of: 10_000) { |batch| batch.update_all(...) }`), throttled',
    },
    {
        id: 'migrations/rename',
        title: 'Rename while the old code still runs',
        applies: ({ operation }) => operation.kind === 'rename_column' || operation.kind === 'rename_table',
        danger: ({ operation }) => `renames ${operation.kind === 'rename_table' ? 'a table' : 'a column'} that the code still running in production uses by its old name: those requests fail until the new code is out`,
        safe: ({ operation }) => operation.kind === 'rename_table'
            ? 'create the new table, write to both, backfill, move reads, then drop the old one'
            : 'add the new column, write to both, backfill, move reads, then ignore (`self.ignored_columns`) and drop the old one',
        minimum: 'warning',
    },
    {
        id: 'migrations/remove-column',
        title: 'Column removed while the old code caches it',
        applies: ({ operation }) => operation.kind === 'remove_column',
        danger: () => 'removes a column that Active Record in the running code still has in its column cache: its INSERTs and UPDATEs fail until it restarts',
        safe: ({ operation }) => `first deploy \`self.ignored_columns += ["${operation.columns?.[0] ?? 'column'}"]\` in the model, then remove the column in a later deploy`,
        minimum: 'warning',
    },
];
function findDangers(migrations, settings) {
    const findings = [];
    for (const migration of migrations) {
        for (const analyzed of migration.operations) {
            for (const check of CHECKS) {
                if (!check.applies(analyzed, migration, settings.adapter))
                    continue;
                const severity = severityFor(analyzed, check, settings);
                if (!severity)
                    continue;
                // `safety_assured` accepts a lock; it cannot make a statement the server refuses succeed.
                const assuredAccepted = analyzed.operation.safetyAssured && check.minimum !== 'error';
                const assured = assuredAccepted
                    ? ' Marked `safety_assured`, so it does not block this deploy.'
                    : analyzed.operation.safetyAssured
                        ? ' `safety_assured` does not help: the statement fails whatever the migration asserts.'
                        : '';
                findings.push({
                    id: check.id,
                    severity: assuredAccepted ? 'notice' : severity,
                    title: `${check.title}: ${analyzed.operation.table ?? migration.migration.name}`,
                    message: `\`${analyzed.operation.code}\` ${check.danger(analyzed, migration)}. Instead, ${check.safe(analyzed, settings.adapter, migration)}.${assured}`,
                    file: migration.migration.file,
                    line: analyzed.operation.line,
                });
            }
        }
    }
    return findings;
}
/** undefined: no finding at all (the table is created in this deploy, so it is empty). */
function severityFor(analyzed, check, settings) {
    const bySize = analyzed.rows === 'new'
        ? undefined
        : analyzed.rows === null || analyzed.rows === undefined
            ? 'warning'
            : analyzed.rows >= settings.largeTableRows
                ? 'error'
                : analyzed.rows >= SMALL_TABLE_ROWS
                    ? 'warning'
                    : 'notice';
    if (check.minimum === 'error')
        return 'error';
    if (!bySize)
        return undefined;
    if (check.minimum === 'warning' && bySize === 'notice')
        return 'warning';
    return bySize;
}
function blocks(analyzed, migration) {
    const what = { nothing: 'blocks nothing', writes: 'blocks writes', 'reads-and-writes': 'blocks reads and writes' };
    const tables = analyzed.cost.lockedTables.length ? analyzed.cost.lockedTables : analyzed.operation.table ? [analyzed.operation.table] : [];
    const on = tables.length ? ` on ${tables.map((table) => `\`${table}\``).join(' and ')}` : '';
    const size = typeof analyzed.rows === 'number' ? ` (${(0,format/* formatRows */.dZ)(analyzed.rows)} rows)` : '';
    const until = migration.holdsLocksToEnd && migration.operations.at(-1) !== analyzed ? ', held until the migration commits' : '';
    const duration = analyzed.blocking ? (0,format/* formatEstimate */.eG)(analyzed.blocking) : 'an unknown time (a later operation in the migration has an unknown cost)';
    return `${what[analyzed.cost.lock]}${on}${size} for ${duration}${until}`;
}
function columnsOf(columns) {
    if (!columns?.length)
        return ':column';
    return columns.length === 1 ? `:${columns[0]}` : `[${columns.map((column) => `:${column}`).join(', ')}]`;
}

;// CONCATENATED MODULE: ./src/gates/migrations/decide.ts
// The migrations verdict: fail when a migration is too long, irreversible, out of order or
// dangerous on a large table; error when the gate cannot tell (a file it cannot parse, a table or
// a call whose cost is unknown, unless told to only warn); pass otherwise. Pure.



/** Findings that mean "cannot decide" rather than "breaks a rule". */
const UNDECIDED = new Set(['migrations/parse-error', 'migrations/unknown-table-size', 'migrations/unknown-operation']);
function decideMigrations(observed, settings) {
    const findings = [];
    const rows = [];
    for (const analyzed of observed.migrations) {
        const migration = analyzed.migration;
        const label = `${migration.version} ${migration.name}`;
        for (const problem of migration.parseErrors) {
            findings.push({
                id: 'migrations/parse-error',
                severity: 'error',
                title: `Cannot read ${migration.name}`,
                message: `${migration.file} cannot be parsed: ${problem.message}. The gate cannot tell what this migration does; fix the syntax.`,
                file: migration.file,
                line: problem.line,
            });
        }
        const newest = observed.newestInProduction[migration.format];
        // A repeatable migration (Flyway R__) has no version: it runs after the others, never out of order.
        const outOfOrder = newest !== undefined && migration.version !== '' && compareVersions(migration.version, newest) < 0;
        if (outOfOrder) {
            findings.push({
                id: 'migrations/out-of-order',
                severity: 'error',
                title: `Out-of-order migration ${migration.version}`,
                message: `${label} is older than ${newest}, the newest migration production has already run: production runs it after ${newest}, ` +
                    'development ran it before, so the two databases can end up different. Rename it with a current timestamp (`rails g migration` gives one) so it runs last everywhere.',
                file: migration.file,
                line: 1,
            });
        }
        for (const reason of migration.irreversible) {
            findings.push({
                id: 'migrations/irreversible',
                severity: settings.failOnIrreversible ? 'error' : 'warning',
                title: `Irreversible migration ${migration.name}`,
                message: `${label} cannot be rolled back: ${reason.message}${settings.failOnIrreversible ? '' : ' (fail-on-irreversible is off)'}`,
                file: migration.file,
                line: reason.line,
            });
        }
        for (const { operation, cost, rows } of analyzed.operations) {
            // Every unknown estimate needs a finding, or an unknown total could pass: a missing table
            // size is reported once below (unknown-table-size); anything else unknown is reported here
            // (an unknown call, or a costly statement whose table is not known, such as CLUSTER alone).
            const sizeIsWhatIsMissing = rows === null && operation.table !== undefined;
            if (cost.estimate !== null || (sizeIsWhatIsMissing && cost.costClass !== 'unknown'))
                continue;
            findings.push({
                id: 'migrations/unknown-operation',
                severity: settings.unknownOperations === 'error' ? 'error' : 'warning',
                title: `Unknown cost: ${operation.method ?? operation.kind}`,
                message: `\`${operation.code}\`: the gate does not know what ${operation.method ? `\`${operation.method}\`` : 'this'} does, so its duration and locks are unknown` +
                    (operation.kind === 'unknown' ? '. ' : ` (${cost.reason}). `) +
                    (settings.unknownOperations === 'error'
                        ? 'Write it with the standard migration methods, or set `unknown-operations: warn` to accept unknown costs.'
                        : 'Accepted as a warning (`unknown-operations: warn`): check its cost by hand.'),
                file: migration.file,
                line: operation.line,
            });
        }
        const high = analyzed.estimate?.high;
        if (high !== undefined && high > settings.maxDurationSeconds) {
            findings.push({
                id: 'migrations/too-long',
                severity: 'error',
                title: `${migration.name} may take ${(0,format/* formatEstimate */.eG)(analyzed.estimate)}`,
                message: `${label} is estimated at ${(0,format/* formatEstimate */.eG)(analyzed.estimate)}, over \`max-duration\` (${(0,format/* formatSeconds */.Xo)(settings.maxDurationSeconds)}). Split it, or move the slow part out of the deploy (a batched background job).`,
                file: migration.file,
                line: 1,
            });
        }
        else if (high !== undefined && settings.warnDurationSeconds !== undefined && high > settings.warnDurationSeconds) {
            findings.push({
                id: 'migrations/slow',
                severity: 'warning',
                title: `${migration.name} may take ${(0,format/* formatEstimate */.eG)(analyzed.estimate)}`,
                message: `${label} is estimated at ${(0,format/* formatEstimate */.eG)(analyzed.estimate)}, over \`warn-duration\` (${(0,format/* formatSeconds */.Xo)(settings.warnDurationSeconds)}).`,
                file: migration.file,
                line: 1,
            });
        }
        rows.push(migrationRow(analyzed, outOfOrder));
    }
    const missing = (0,analyze/* tablesWithoutSize */.TP)(observed.migrations);
    if (missing.length) {
        findings.push({
            id: 'migrations/unknown-table-size',
            severity: settings.unknownTables === 'error' ? 'error' : 'warning',
            title: `No size for ${missing.length === 1 ? missing[0] : `${missing.length} tables`}`,
            message: `${observed.statsSource} has no row count for ${missing.map((table) => `\`${table}\``).join(', ')}, so how long their migrations take is unknown. ` +
                'Add them to `table-stats` (or ANALYZE them on the `database-url` server), or set `unknown-tables: warn`.',
        });
    }
    findings.push(...findDangers(observed.migrations, { adapter: settings.adapter, largeTableRows: settings.largeTableRows }));
    const total = (0,analyze/* sumEstimates */.PQ)(observed.migrations.map((migration) => migration.estimate));
    if (total && settings.maxTotalDurationSeconds !== undefined && total.high > settings.maxTotalDurationSeconds) {
        findings.push({
            id: 'migrations/total-too-long',
            severity: 'error',
            title: `Migrations may take ${(0,format/* formatEstimate */.eG)(total)} in total`,
            message: `All migrations together are estimated at ${(0,format/* formatEstimate */.eG)(total)}, over \`max-total-duration\` (${(0,format/* formatSeconds */.Xo)(settings.maxTotalDurationSeconds)}). Deploy them in smaller groups.`,
        });
    }
    for (const note of observed.changedExisting) {
        findings.push({
            id: note.status === 'modified' ? 'migrations/edited-after-run' : 'migrations/deleted-after-run',
            severity: 'warning',
            title: `${note.status === 'modified' ? 'Edited' : 'Deleted'} a migration production has run`,
            message: note.status === 'modified'
                ? `${note.path} is already in production, so it has run there: the edit will not run again, and production's schema will differ from a fresh setup. Write a new migration instead.`
                : `${note.path} is already in production and this deploy deletes it: the schema it made stays, and \`db:migrate:down\` of it is no longer possible.`,
            file: note.path,
        });
    }
    const verdict = verdictOf(findings);
    return {
        gate: 'migrations',
        verdict,
        summary: summaryLine(verdict, observed.migrations, total, findings),
        findings,
        data: {
            adapter: settings.adapter,
            databaseVersion: settings.databaseVersion,
            adapterSource: observed.adapterSource,
            statsSource: observed.statsSource,
            ratesSource: observed.ratesSource,
            migrations: rows,
            total,
            changedExisting: observed.changedExisting,
        },
    };
}
function verdictOf(findings) {
    const errors = findings.filter((finding) => finding.severity === 'error');
    // A rule that is broken for sure fails the deploy even where other parts are unknown.
    if (errors.some((finding) => !UNDECIDED.has(finding.id)))
        return 'fail';
    if (errors.length)
        return 'error';
    return 'pass';
}
function summaryLine(verdict, migrations, total, findings) {
    if (migrations.length === 0)
        return 'no migrations in this deploy';
    const count = `${migrations.length} migration${migrations.length === 1 ? '' : 's'}, ${(0,format/* totalPhrase */.c9)(total)}`;
    const worst = findings.find((finding) => finding.severity === 'error' && (verdict === 'fail' ? !UNDECIDED.has(finding.id) : true));
    return worst ? `${count}; ${worst.title}` : count;
}
function migrationRow(analyzed, outOfOrder) {
    const migration = analyzed.migration;
    return {
        file: migration.file,
        format: migration.format,
        version: migration.version,
        name: migration.name,
        transactional: migration.transactional,
        estimate: analyzed.estimate,
        irreversible: migration.irreversible,
        outOfOrder,
        operations: analyzed.operations.map(({ operation, rows, cost, blocking }) => ({
            kind: operation.kind,
            method: operation.method,
            table: operation.table,
            rows,
            costClass: cost.costClass,
            lock: cost.lock,
            lockedTables: cost.lockedTables,
            estimate: cost.estimate,
            blocking,
            reason: cost.reason,
            line: operation.line,
            code: operation.code,
            safetyAssured: operation.safetyAssured,
        })),
    };
}
/** Versions compare by their numeric parts: `20240101000000` < `20240102000000`, `1.2` < `1.10`. */
function compareVersions(a, b) {
    const partsA = a.split(/[._]/);
    const partsB = b.split(/[._]/);
    for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
        const x = partsA[i] ?? '0';
        const y = partsB[i] ?? '0';
        const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
        const order = numeric ? compareDigits(x, y) : x.localeCompare(y);
        if (order !== 0)
            return order;
    }
    return 0;
}
function compareDigits(x, y) {
    const a = x.replace(/^0+/, '');
    const b = y.replace(/^0+/, '');
    if (a.length !== b.length)
        return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ ROWS_UNCERTAINTY)
/* harmony export */ });
// The migrations gate's shared vocabulary: what a parsed migration says it does (parsers produce
// it, from Ruby or SQL), what a table's size is (stats adapters produce it), and what an operation
// costs (the cost model produces it). Parsers never estimate; the cost model never parses.
/**
 * How far a row count may be off when the stats do not say: PostgreSQL's reltuples is kept by
 * ANALYZE/VACUUM from a sample (scaled to the current size, rarely off by more than 10%); InnoDB's
 * TABLE_ROWS comes from a few sampled pages and is documented to be off by 40-50%.
 */
const ROWS_UNCERTAINTY = { postgresql: 0.1, mysql: 0.5 };


/***/ })

};

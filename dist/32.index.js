export const id = 32;
export const ids = [32];
export const modules = {

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTableStats: () => (/* binding */ readTableStats)
/* harmony export */ });
/* unused harmony export splitQualifiedName */
/* harmony import */ var _gates_migrations_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4985);
// Reads how big the tables a deploy touches are, from the catalog of a live database (a read
// replica is enough). Only the named tables, in one query per call, so that a database with
// thousands of tables answers as fast as one with ten. A table that does not exist is simply
// absent from the result: the gate knows whether the migration creates it.

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
            rowsUncertainty: rowCount === 0 && toNumber(row['heap_bytes']) === 0 ? 0 : _gates_migrations_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROWS_UNCERTAINTY */ .v.postgresql,
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
    return name === 'myisam' || name === 'aria' ? 0 : _gates_migrations_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROWS_UNCERTAINTY */ .v.mysql;
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

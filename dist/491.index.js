export const id = 491;
export const ids = [491];
export const modules = {

/***/ 3491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectDatabase: () => (/* binding */ connectDatabase)
/* harmony export */ });
/* unused harmony exports parseDatabaseUrl, redact */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
// One small SQL client over PostgreSQL (`pg`) and MySQL/MariaDB (`mysql2`), so the stats reader
// and the calibration command speak to either the same way. The URL is a secret: it never
// appears in an error message; only the scheme, host and database name do.

const SCHEMES = {
    'postgres:': 'postgresql',
    'postgresql:': 'postgresql',
    'mysql:': 'mysql',
    'mysql2:': 'mysql',
    'mariadb:': 'mysql',
};
/** Parses a database URL, naming the accepted forms when it is not one (without echoing it). */
function parseDatabaseUrl(raw, inputName = 'database-url') {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`\`${inputName}\` is not a URL. Accepted forms: postgresql://user:password@host:5432/database, mysql://user:password@host:3306/database (the value is not printed: it may hold a password).`);
    }
    const adapter = SCHEMES[url.protocol];
    if (!adapter) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`\`${inputName}\` has the scheme ${JSON.stringify(url.protocol.replace(/:$/, ''))}; accepted: ${Object.keys(SCHEMES).map((s) => s.replace(/:$/, '')).join(', ')}.`);
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!database)
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`\`${inputName}\` names no database: add it as the path, e.g. postgresql://host:5432/app_production.`);
    const port = url.port || (adapter === 'postgresql' ? '5432' : '3306');
    return { adapter, url, description: `${url.protocol}//${url.hostname}:${port}/${database}` };
}
/** Connects; a refused or failed connection is a GateInputError naming the host, never the password. */
async function connectDatabase(raw, options = {}) {
    const parsed = parseDatabaseUrl(raw, options.inputName);
    const timeoutMs = options.timeoutMs ?? 10_000;
    try {
        return parsed.adapter === 'postgresql' ? await connectPostgres(parsed, timeoutMs) : await connectMysql(parsed, timeoutMs);
    }
    catch (error) {
        if (error instanceof _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay)
            throw error;
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`could not connect to ${parsed.description} (\`${options.inputName ?? 'database-url'}\`): ${redact(error, raw)}. ` +
            'Check that the host is reachable from the runner and that the user may connect (a read replica is enough).');
    }
}
async function connectPostgres(parsed, timeoutMs) {
    const { default: pg } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849));
    const client = new pg.Client({ connectionString: parsed.url.toString(), connectionTimeoutMillis: timeoutMs });
    client.on('error', () => {
        // A dropped connection surfaces on the next query; an unhandled 'error' event would crash instead.
    });
    await client.connect();
    const version = await client.query('SHOW server_version');
    return {
        adapter: 'postgresql',
        serverVersion: (version.rows[0]?.server_version ?? '').split(' ')[0] ?? '',
        description: parsed.description,
        async query(sql, params) {
            const result = await client.query(sql, params);
            return result.rows;
        },
        async close() {
            await client.end();
        },
    };
}
async function connectMysql(parsed, timeoutMs) {
    const mysql = await __webpack_require__.e(/* import() */ 588).then(__webpack_require__.t.bind(__webpack_require__, 7588, 19));
    const url = parsed.url;
    const connection = await mysql.createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username) || 'root',
        password: decodeURIComponent(url.password),
        database: decodeURIComponent(url.pathname.replace(/^\//, '')),
        connectTimeout: timeoutMs,
        // Calibration runs several statements per call; values still go through placeholders.
        multipleStatements: true,
        supportBigNumbers: true,
        bigNumberStrings: false,
    });
    connection.on('error', () => {
        // See connectPostgres: surfaced by the next query.
    });
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return {
        adapter: 'mysql',
        serverVersion: String(rows[0]?.['version'] ?? ''),
        description: parsed.description,
        async query(sql, params) {
            const [result] = await connection.query(sql, params);
            return Array.isArray(result) ? result : [];
        },
        async close() {
            await connection.end();
        },
    };
}
/** An error's message with the URL and its password cut out, whatever the driver put in it. */
function redact(error, rawUrl) {
    let message = error instanceof Error ? error.message : String(error);
    const secrets = [rawUrl.trim()];
    try {
        const url = new URL(rawUrl.trim());
        if (url.password)
            secrets.push(url.password, decodeURIComponent(url.password));
    }
    catch {
        // Not a URL: only the raw value is cut.
    }
    for (const secret of secrets.filter((s) => s.length >= 3))
        message = message.split(secret).join('***');
    return message;
}


/***/ })

};

export const id = 143;
export const ids = [143];
export const modules = {

/***/ 8143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCalibrate: () => (/* binding */ runCalibrate)
/* harmony export */ });
/* unused harmony export CALIBRATE_HELP */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2960);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7593);
// `deploy-gates migrations calibrate --database-url URL [--rows N] [--output FILE]`: measures the
// cost model's rates on the user's own (staging) database, in a scratch schema that is created and
// always dropped, and writes the rates file the `rates` input reads.




const CALIBRATE_INPUTS = [
    { name: 'database-url', kind: 'string', secret: true, description: 'The database to measure (`postgresql://...` or `mysql://...`): staging, never production. May also come from $DATABASE_URL.' },
    { name: 'rows', kind: 'string', description: 'Rows of the largest scratch table (default 200000); more rows, steadier rates, longer run.' },
    { name: 'output', kind: 'string', description: 'Where to write the rates file (YAML). Default: standard output.' },
];
const CALIBRATE_HELP = `Usage: deploy-gates migrations calibrate --database-url URL [--rows N] [--output FILE]

Measures how fast this database scans, rewrites, indexes and backfills, in a scratch schema
(PostgreSQL) or scratch database (MySQL/MariaDB) that it creates and drops, and writes a rates
file for the migrations gate's \`rates\` input. Run it against staging: it creates tables and
loads rows. The URL is never printed.

${CALIBRATE_INPUTS.map((spec) => `  --${spec.name.padEnd(14)} ${spec.description}`).join('\n')}
`;
async function runCalibrate(argv, io) {
    try {
        return await calibrateCommand(argv, io);
    }
    catch (error) {
        // The generic handler would point at `deploy-gates migrations --help`, the gate's options.
        if (!(error instanceof _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb))
            throw error;
        io.stderr(`deploy-gates migrations calibrate: ${error.message}\n\n${CALIBRATE_HELP}`);
        return 2;
    }
}
async function calibrateCommand(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv, CALIBRATE_INPUTS);
    if (args.help) {
        io.stdout(CALIBRATE_HELP);
        return 0;
    }
    if (args.positionals.length)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
    const url = args.values.get('database-url') ?? io.env['DATABASE_URL'];
    if (!url)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--database-url is required (or set $DATABASE_URL)');
    const rowsText = (args.values.get('rows') ?? '200000').replace(/_/g, '');
    if (!/^\d+$/.test(rowsText) || Number(rowsText) < 1000)
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_2__/* .GateInputError */ .ay(`--rows is ${JSON.stringify(args.values.get('rows'))}; write a whole number of at least 1000.`);
    const { connectDatabase } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 3491));
    const { calibrate, formatRatesFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 1926));
    const client = await connectDatabase(url, { inputName: '--database-url' });
    try {
        io.stderr(`calibrating on ${client.description} (${client.adapter} ${client.serverVersion}) with up to ${Number(rowsText).toLocaleString('en')} rows\n`);
        const rates = await calibrate(client, { rows: Number(rowsText), onProgress: (message) => io.stderr(`  ${message}\n`) });
        const text = formatRatesFile(rates);
        const output = args.values.get('output');
        if (output) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
            io.stderr(`wrote ${output}: use it with \`rates: ${output}\`\n`);
        }
        else {
            io.stdout(text);
        }
        return 0;
    }
    finally {
        await client.close();
    }
}


/***/ })

};

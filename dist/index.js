import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   or: () => (/* binding */ formatOptions)
/* harmony export */ });
// Command-line flags that mirror the action's inputs: `--production-ref origin/production`,
// `--allow-rollback` (true), `--no-allow-redeploy` (false), `--name=value`.
class UsageError extends Error {
    name = 'UsageError';
}
function parseArgs(argv, specs) {
    const byName = new Map(specs.map((spec) => [spec.name, spec]));
    const values = new Map();
    const positionals = [];
    let help = false;
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (arg === '--') {
            positionals.push(...argv.slice(index + 1));
            break;
        }
        if (!arg.startsWith('--')) {
            positionals.push(arg);
            continue;
        }
        const [rawName, inlineValue] = splitOnce(arg.slice(2), '=');
        const negated = rawName.startsWith('no-') && !byName.has(rawName) && byName.get(rawName.slice(3))?.kind === 'boolean';
        const name = negated ? rawName.slice(3) : rawName;
        const spec = byName.get(name);
        if (!spec)
            throw new UsageError(`unknown option --${rawName}; accepted: ${[...byName.keys()].map((n) => `--${n}`).join(', ')}`);
        if (negated) {
            if (inlineValue !== undefined)
                throw new UsageError(`--no-${name} takes no value`);
            values.set(name, 'false');
        }
        else if (inlineValue !== undefined) {
            values.set(name, inlineValue);
        }
        else if (spec.kind === 'boolean') {
            values.set(name, 'true');
        }
        else {
            const next = argv[index + 1];
            if (next === undefined || next.startsWith('--'))
                throw new UsageError(`--${name} needs a value`);
            values.set(name, next);
            index++;
        }
    }
    return { values, positionals, help };
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
function formatOptions(specs) {
    return specs
        .map((spec) => {
        const value = spec.kind === 'boolean' ? '' : spec.kind === 'enum' ? ` <${spec.values?.join('|')}>` : ' <value>';
        return `  --${spec.name}${value}\n      ${spec.description}`;
    })
        .join('\n');
}


/***/ }),

/***/ 3797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony export parseConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2960);
// The suite config file (.github/deploy-gates.yml): per-gate settings that a step's inputs
// override. Validated strictly: a misspelled key would otherwise silently keep a default.
//
//   forward-sha:
//     production-ref: production
//     allow-rollback: false
// node:fs, not node:fs/promises: the latter loads readline and streams, 2 ms of every CLI start.


const EMPTY_CONFIG = { value: () => undefined };
async function loadConfig(path, { required, gates }) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !required)
            return EMPTY_CONFIG;
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`config file ${path} cannot be read (${error.code ?? String(error)}); ` +
            'fix the `config` input or create the file.');
    }
    return parseConfig(text, path, gates);
}
async function parseConfig(text, path, gates) {
    // Loaded only when a config file exists: the YAML parser is a fifth of the CLI's start-up time.
    const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let document;
    try {
        document = parseYaml(text);
    }
    catch (error) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`config file ${path} is not valid YAML: ${error.message}`);
    }
    if (document === null || document === undefined)
        return EMPTY_CONFIG;
    if (!isPlainObject(document))
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`config file ${path} must be a mapping of gate names to settings.`);
    const values = new Map();
    for (const [key, section] of Object.entries(document)) {
        const specs = gates.get(key);
        if (!specs) {
            throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`config file ${path}: unknown key \`${key}\`; accepted: ${[...gates.keys()].join(', ')}.`);
        }
        if (section === null)
            continue;
        if (!isPlainObject(section))
            throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`config file ${path}: \`${key}\` must be a mapping of settings.`);
        const accepted = specs.filter((spec) => !spec.stepOnly).map((spec) => spec.name);
        for (const [setting, value] of Object.entries(section)) {
            if (!accepted.includes(setting)) {
                throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`config file ${path}: \`${key}.${setting}\` is not a setting of ${key}; accepted: ${accepted.join(', ')}.`);
            }
            values.set(`${key}:${setting}`, scalarToString(value, `${path}: ${key}.${setting}`));
        }
    }
    return { value: (gate, key) => values.get(`${gate}:${key}`) };
}
function scalarToString(value, where) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean' || typeof value === 'number')
        return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
        return value.join(',');
    }
    throw new _model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .ay(`${where} must be a string, number, boolean or list of strings.`);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 9616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ RANGE_INPUTS),
/* harmony export */   WL: () => (/* binding */ FORWARD_SHA_OUTPUTS),
/* harmony export */   zj: () => (/* binding */ FORWARD_SHA_INPUTS)
/* harmony export */ });
/** Inputs shared by every gate that looks at the deploy range (forward-sha, pre-deploy, migrations). */
const RANGE_INPUTS = [
    {
        name: 'sha',
        kind: 'string',
        description: 'The commit being deployed. Default: `github.sha`, except on `pull_request` events, where it is the pull request head SHA.',
    },
    {
        name: 'production-ref',
        kind: 'string',
        description: 'Branch, tag or SHA of what production runs. Default: `production`. A branch name is looked up on origin first.',
    },
    {
        name: 'environment',
        kind: 'string',
        description: 'Instead of `production-ref`: production is the SHA of the newest deployment to this GitHub environment whose latest status is `success`.',
    },
    {
        name: 'history',
        kind: 'enum',
        values: ['auto', 'git', 'github'],
        default: 'auto',
        description: 'Where to read history: `git` (the checkout, deepened as needed), `github` (the compare API) or `auto` (git when the workspace is a checkout). Default: `auto`.',
    },
];
const FORWARD_SHA_INPUTS = [
    ...RANGE_INPUTS,
    {
        name: 'allow-rollback',
        kind: 'boolean',
        default: 'false',
        description: 'Let a deploy that is behind or diverged from production pass; the override is recorded. Default: `false`.',
    },
    {
        name: 'allow-redeploy',
        kind: 'boolean',
        default: 'true',
        description: 'Let a deploy of the SHA already in production pass. Default: `true`.',
    },
];
const FORWARD_SHA_OUTPUTS = [
    { name: 'relation', description: 'How the deploy relates to production: `ahead`, `identical`, `behind` or `diverged`.' },
    { name: 'ahead-by', description: 'Commits the deploy ships that production does not have.' },
    { name: 'behind-by', description: 'Commits production has that the deploy would drop.' },
    { name: 'production-sha', description: 'The SHA production runs.' },
];


/***/ }),

/***/ 6149:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   c9: () => (/* binding */ totalPhrase),
/* harmony export */   dZ: () => (/* binding */ formatRows),
/* harmony export */   eG: () => (/* binding */ formatEstimate)
/* harmony export */ });
// Durations and sizes as a person on call reads them: ranges, never false precision.
/** 1.2 s, 45 s, 6 min, 1.5 h */
function formatSeconds(seconds) {
    if (seconds < 1)
        return '< 1 s';
    // By the rounded value, so that 59.7 s reads `1 min`, not `60 s`.
    if (Number(round(seconds)) < 60)
        return `${round(seconds)} s`;
    if (Number(round(seconds / 60)) < 60)
        return `${round(seconds / 60)} min`;
    return `${round(seconds / 3600)} h`;
}
/** `< 1 s`, `2-5 s`, `6-9 min`, `50 s-2 min`, `unknown` */
function formatEstimate(estimate) {
    if (!estimate)
        return 'unknown';
    if (estimate.high < 1)
        return '< 1 s';
    const unit = (seconds) => formatSeconds(seconds).split(' ').pop();
    const low = Math.max(estimate.low, 0);
    if (low < 1)
        return `< ${formatSeconds(estimate.high)}`;
    if (unit(low) === unit(estimate.high)) {
        const lowText = formatSeconds(low).replace(/ \w+$/, '');
        const highText = formatSeconds(estimate.high);
        return lowText === highText.replace(/ \w+$/, '') ? `~${highText}` : `${lowText}-${highText}`;
    }
    return `${formatSeconds(low)}-${formatSeconds(estimate.high)}`;
}
/** 950, 12k, 3.1M, 1.2B */
function formatRows(rows) {
    if (rows === 'new')
        return 'new';
    if (rows === null)
        return 'unknown';
    if (rows === undefined)
        return '';
    // By the rounded value, so that 999,999 reads `1M`, not `1000k`.
    if (Math.round(rows) < 1000)
        return String(Math.round(rows));
    if (Number(round(rows / 1e3)) < 1000)
        return `${round(rows / 1e3)}k`;
    if (Number(round(rows / 1e6)) < 1000)
        return `${round(rows / 1e6)}M`;
    return `${round(rows / 1e9)}B`;
}
function round(value) {
    return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
/** "estimated 6-9 min in total", or "total unknown" when any part is. */
function totalPhrase(total) {
    return total ? `estimated ${formatEstimate(total)} in total` : 'total duration unknown';
}


/***/ }),

/***/ 4615:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ MIGRATIONS_INPUTS),
/* harmony export */   l2: () => (/* binding */ MIGRATIONS_OUTPUTS),
/* harmony export */   qr: () => (/* binding */ DEFAULT_MIGRATION_PATHS)
/* harmony export */ });
/* harmony import */ var _forward_sha_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9616);

const DEFAULT_MIGRATION_PATHS = 'db/migrate/*.rb, db/post_migrate/*.rb';
const MIGRATIONS_INPUTS = [
    // The migrations are read from the checkout's git history; the compare API has no file contents.
    ..._forward_sha_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .RANGE_INPUTS */ .MG.filter((spec) => spec.name !== 'history'),
    {
        name: 'paths',
        kind: 'string',
        description: `Comma-separated globs of ActiveRecord migrations. Default: \`${DEFAULT_MIGRATION_PATHS}\`.`,
    },
    {
        name: 'sql-paths',
        kind: 'string',
        description: 'Comma-separated globs of SQL migration files: Flyway `V*__*.sql`, golang-migrate `*.up.sql`, Prisma `migrations/*/migration.sql` (e.g. `prisma/migrations/*/migration.sql`). Default: none.',
    },
    {
        name: 'adapter',
        kind: 'enum',
        values: ['auto', 'postgresql', 'mysql'],
        default: 'auto',
        description: 'The production database: `postgresql` or `mysql` (MySQL 8 or MariaDB). Default: `auto` (from `database-url`, then config/database.yml, db/structure.sql, db/schema.rb, prisma/schema.prisma).',
    },
    {
        name: 'database-version',
        kind: 'string',
        description: 'The production server version where rules depend on it (`15`, `8.0.35`, `10.11`). Default: what `database-url` reports, else the schema dump\'s, else the oldest supported rules.',
    },
    {
        name: 'table-stats',
        kind: 'string',
        description: 'A file of production table sizes (YAML, JSON or CSV: table, rows, optional bytes, index_bytes, indexes), e.g. exported nightly.',
    },
    {
        name: 'database-url',
        kind: 'string',
        stepOnly: true,
        secret: true,
        description: 'Instead of `table-stats`: a read replica to read table sizes from (`postgresql://...` or `mysql://...`). Masked in logs; pass it from a secret.',
    },
    {
        name: 'unknown-tables',
        kind: 'enum',
        values: ['error', 'warn'],
        default: 'error',
        description: 'A table without a known size makes its estimate unknown: `error` (the gate cannot decide) or `warn`. Default: `error`.',
    },
    {
        name: 'unknown-operations',
        kind: 'enum',
        values: ['error', 'warn'],
        default: 'error',
        description: 'A call the gate does not know (an app\'s own helper, SQL it cannot classify) has an unknown cost: `error` or `warn`. Default: `error`.',
    },
    { name: 'rates', kind: 'string', description: 'A rates file (from `deploy-gates migrations calibrate`) that replaces the built-in rates.' },
    { name: 'max-duration', kind: 'string', default: '30m', description: 'Fail when one migration may take longer than this (upper estimate). Default: `30m`.' },
    { name: 'max-total-duration', kind: 'string', description: 'Fail when all migrations together may take longer than this. Default: no limit.' },
    { name: 'warn-duration', kind: 'string', description: 'Warn when one migration may take longer than this. Default: none.' },
    {
        name: 'fail-on-irreversible',
        kind: 'boolean',
        default: 'true',
        description: 'Fail on a migration that cannot be rolled back (by ActiveRecord\'s rules; golang-migrate without a down file). Default: `true`.',
    },
    {
        name: 'large-table-rows',
        kind: 'string',
        default: '1000000',
        description: 'From this many rows, a dangerous operation (a lock that blocks writes for its whole run) fails the deploy; below it, it warns. Default: `1000000`.',
    },
];
const MIGRATIONS_OUTPUTS = [
    { name: 'migrations', description: 'The migrations of this deploy as JSON: file, version, operations with table, rows, class, lock and estimate.' },
    { name: 'total-seconds', description: 'Upper estimate of all migrations together, in seconds; empty when unknown.' },
];


/***/ }),

/***/ 2790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ GATES),
  Z: () => (/* binding */ findGate)
});

// EXTERNAL MODULE: ./src/range/resolve.ts + 9 modules
var resolve = __nccwpck_require__(5499);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/gates/forward-sha/decide.ts
// The forward-sha decision: pure, no I/O. Is the deploy ahead of production, or would it
// quietly roll production back?
function decideForwardSha(range, policy, actor) {
    const short = (sha) => sha.slice(0, 7);
    const production = short(range.production.sha);
    const deploy = short(range.deploySha);
    const findings = [];
    let verdict = 'pass';
    let summary;
    let override;
    const overrideBy = actor ? ` (run triggered by @${actor})` : '';
    switch (range.relation) {
        case 'ahead':
            summary = `${plural(range.aheadBy, 'commit')} ahead of production ${production}, none dropped`;
            break;
        case 'identical':
            summary = `${deploy} is what production already runs (redeploy)`;
            if (!policy.allowRedeploy) {
                verdict = 'fail';
                findings.push({
                    id: 'forward-sha/redeploy',
                    severity: 'error',
                    title: 'Redeploy of the production SHA',
                    message: `${deploy} is exactly what production runs, and \`allow-redeploy\` is false. ` +
                        'Deploy a newer commit, or set `allow-redeploy: true` if restarting the same build is intended.',
                });
            }
            break;
        case 'behind':
        case 'diverged': {
            const dropped = plural(range.behindBy, 'commit');
            summary =
                range.relation === 'behind'
                    ? `${deploy} is ${dropped} behind production ${production}: this deploy is a rollback`
                    : `${deploy} diverged from production ${production}: ships ${plural(range.aheadBy, 'commit')} and drops ${dropped}`;
            const why = range.relation === 'behind'
                ? `Deploying ${deploy} rolls production back: the ${dropped} production runs beyond it would disappear.`
                : `Production ${production} has ${dropped} that ${deploy} does not contain (typically a hotfix that was never merged back); deploying would drop them.`;
            if (policy.allowRollback) {
                override = { input: 'allow-rollback', by: actor };
                summary += `; allowed by allow-rollback${overrideBy}`;
                findings.push({
                    id: 'forward-sha/rollback-allowed',
                    severity: 'warning',
                    title: 'Rollback allowed by override',
                    message: `${why} Allowed because \`allow-rollback\` is true${overrideBy}.`,
                });
            }
            else {
                verdict = 'fail';
                findings.push({
                    id: range.relation === 'behind' ? 'forward-sha/rollback' : 'forward-sha/diverged',
                    severity: 'error',
                    title: range.relation === 'behind' ? 'Deploy would roll production back' : 'Deploy would drop production commits',
                    message: why +
                        (range.relation === 'behind'
                            ? ' Deploy a commit that contains production, or set `allow-rollback: true` for an intended rollback.'
                            : ' Merge production into the deploy branch first, or set `allow-rollback: true` to drop them on purpose.'),
                });
            }
            break;
        }
    }
    return {
        gate: 'forward-sha',
        verdict,
        summary,
        findings,
        data: {
            relation: range.relation,
            aheadBy: range.aheadBy,
            behindBy: range.behindBy,
            deploySha: range.deploySha,
            productionSha: range.production.sha,
            productionFoundBy: range.production.foundBy,
            mergeBaseSha: range.mergeBaseSha,
            shipping: range.shipping,
            dropped: range.dropped,
            listLimit: range.listLimit,
            history: range.history,
            override,
        },
    };
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/gates/forward-sha/inputs.ts
var inputs = __nccwpck_require__(9616);
;// CONCATENATED MODULE: ./src/gates/forward-sha/index.ts
// forward-sha: observe the deploy range, decide, and say it in markdown and text.




/** How many commits per side the report lists; counts are always exact. */
const COMMIT_LIST_LIMIT = 100;
const forwardSha = {
    name: 'forward-sha',
    question: 'Is the SHA being deployed ahead of what production runs, or would this deploy roll production back?',
    inputs: inputs/* FORWARD_SHA_INPUTS */.zj,
    outputs: inputs/* FORWARD_SHA_OUTPUTS */.WL,
    async run(inputs, env) {
        const range = await (0,resolve/* resolveDeployRange */.J)({
            sha: inputs['sha'] ?? env.run.defaultSha,
            productionRef: inputs['production-ref'],
            environment: inputs['environment'],
            history: inputs['history'],
            listLimit: COMMIT_LIST_LIMIT,
            fetch: env.fetch,
        }, { workspace: env.workspace, github: env.github });
        return decideForwardSha(range, { allowRollback: inputs['allow-rollback'] === true, allowRedeploy: inputs['allow-redeploy'] !== false }, env.run.actor);
    },
    outputValues(result) {
        const data = result.data;
        return {
            relation: data.relation,
            'ahead-by': String(data.aheadBy),
            'behind-by': String(data.behindBy),
            'production-sha': data.productionSha,
        };
    },
    renderMarkdown(result, links) {
        const data = result.data;
        const lines = [
            `Deploying ${(0,report_escape/* link */.nf)(data.deploySha.slice(0, 7), links.commit(data.deploySha))} over production ` +
                `${(0,report_escape/* link */.nf)(data.productionSha.slice(0, 7), links.commit(data.productionSha))} (${(0,report_escape/* escapeMarkdown */.FV)(data.productionFoundBy)}): ` +
                `**${data.relation}**, ${plural(data.aheadBy, 'commit')} ahead, ${plural(data.behindBy, 'commit')} behind.`,
        ];
        if (data.override) {
            lines.push('', `**Override:** \`${data.override.input}: true\`${data.override.by ? `, run triggered by ${(0,report_escape/* link */.nf)(`@${data.override.by}`, links.user(data.override.by))}` : ''}.`);
        }
        if (data.history.notes.length)
            lines.push('', `History: ${(0,report_escape/* escapeMarkdown */.FV)(data.history.notes.join('; '))}.`);
        if (data.dropped.length)
            lines.push('', `#### Would be dropped from production: ${data.behindBy}`, '', commitTable(data.dropped, data.behindBy, links));
        if (data.shipping.length)
            lines.push('', `#### Ships: ${data.aheadBy}`, '', commitTable(data.shipping, data.aheadBy, links));
        return lines.join('\n');
    },
    renderText(result) {
        const data = result.data;
        const lines = [
            `deploy ${data.deploySha.slice(0, 12)}  production ${data.productionSha.slice(0, 12)} (${data.productionFoundBy})`,
            `relation: ${data.relation}, ahead by ${data.aheadBy}, behind by ${data.behindBy}`,
        ];
        if (data.history.notes.length)
            lines.push(`history: ${data.history.notes.join('; ')}`);
        if (data.override)
            lines.push(`override: ${data.override.input}${data.override.by ? ` (by ${data.override.by})` : ''}`);
        const list = (title, commits, total) => {
            lines.push(`${title} (${total}):`);
            for (const commit of commits)
                lines.push(`  ${commit.sha.slice(0, 7)} ${commit.subject.slice(0, 72)} (${commit.authorLogin ?? commit.authorName})`);
            if (total > commits.length)
                lines.push(`  ... and ${total - commits.length} more`);
        };
        if (data.dropped.length)
            list('would be dropped', data.dropped, data.behindBy);
        if (data.shipping.length)
            list('ships', data.shipping, data.aheadBy);
        return lines.join('\n');
    },
};
function commitTable(commits, total, links) {
    const rows = commits.map((commit) => {
        const author = commit.authorLogin ? (0,report_escape/* link */.nf)(`@${commit.authorLogin}`, links.user(commit.authorLogin)) : (0,report_escape/* escapeMarkdown */.FV)(commit.authorName);
        return `| ${(0,report_escape/* link */.nf)(commit.sha.slice(0, 7), links.commit(commit.sha))} | ${(0,report_escape/* escapeMarkdown */.FV)(commit.subject)} | ${author} | ${(0,report_escape/* code */.aY)(commit.date.slice(0, 10))} |`;
    });
    const more = total > commits.length ? `\n\n…and ${total - commits.length} more (the list stops at ${commits.length}; counts are exact).` : '';
    return ['| commit | subject | author | date |', '|---|---|---|---|', ...rows].join('\n') + more;
}

// EXTERNAL MODULE: ./src/model/result.ts
var result = __nccwpck_require__(2960);
// EXTERNAL MODULE: ./src/inputs/values.ts
var values = __nccwpck_require__(8463);
// EXTERNAL MODULE: ./src/gates/migrations/format.ts
var format = __nccwpck_require__(6149);
// EXTERNAL MODULE: ./src/gates/migrations/inputs.ts
var migrations_inputs = __nccwpck_require__(4615);
;// CONCATENATED MODULE: ./src/gates/migrations/index.ts
// migrations: how long the deploy's migrations take on production-size tables, what they lock,
// whether they can be undone. This module stays small: it is in every run's import graph, so the
// observation (parsers, drivers) and the decision load only when this gate runs.





const CLASS_NAMES = {
    metadata: 'metadata',
    scan: 'full scan',
    rewrite: 'table rewrite',
    index: 'index build',
    'concurrent-index': 'concurrent index build',
    backfill: 'data backfill',
    unknown: 'unknown',
};
const LOCK_NAMES = { nothing: 'nothing', writes: '**writes**', 'reads-and-writes': '**reads and writes**' };
const migrations = {
    name: 'migrations',
    question: 'How long will the database migrations in this deploy take on tables of production size, what will they lock, can they be rolled back?',
    inputs: migrations_inputs/* MIGRATIONS_INPUTS */.EF,
    outputs: migrations_inputs/* MIGRATIONS_OUTPUTS */.l2,
    async run(inputs, env) {
        const settings = parseSettings(inputs);
        const { observeMigrations } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(88), __nccwpck_require__.e(876), __nccwpck_require__.e(340)]).then(__nccwpck_require__.bind(__nccwpck_require__, 340));
        const { decideMigrations } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(876)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5876));
        const observed = await observeMigrations(inputs, env);
        return decideMigrations(observed, { ...settings, adapter: observed.adapter, databaseVersion: observed.databaseVersion });
    },
    outputValues(result) {
        const total = result.data.total;
        return {
            migrations: JSON.stringify(result.data.migrations),
            'total-seconds': total ? String(Math.ceil(total.high)) : '',
        };
    },
    renderMarkdown(result) {
        const data = result.data;
        if (data.migrations.length === 0) {
            const notes = data.changedExisting.map((note) => `${(0,report_escape/* code */.aY)(note.path)} (${note.status})`);
            return `#### Migrations: none in this deploy${notes.length ? `\n\nChanged migrations production already ran: ${notes.join(', ')}` : ''}`;
        }
        const lines = [
            `#### Migrations: ${data.migrations.length}, ${(0,format/* totalPhrase */.c9)(data.total)}`,
            '',
            `${data.adapter === 'postgresql' ? 'PostgreSQL' : 'MySQL/MariaDB'}${data.databaseVersion ? ` ${(0,report_escape/* escapeMarkdown */.FV)(data.databaseVersion)}` : ', version unknown, so the oldest supported rules apply'}. ` +
                `Adapter: ${(0,report_escape/* escapeMarkdownKeepingCode */.tH)(data.adapterSource)}. Sizes: ${(0,report_escape/* escapeMarkdownKeepingCode */.tH)(data.statsSource)}. Rates: ${(0,report_escape/* escapeMarkdownKeepingCode */.tH)(data.ratesSource)}.`,
            '',
            '| migration | operation | table | rows | class | blocks | estimate |',
            '|---|---|---|---|---|---|---|',
        ];
        for (const migration of data.migrations) {
            const flags = [migration.outOfOrder ? 'out of order ❌' : '', migration.irreversible.length ? 'irreversible' : '', migration.transactional ? '' : 'no transaction']
                .filter(Boolean)
                .join(', ');
            const title = `${(0,report_escape/* escapeMarkdown */.FV)(migration.version)} ${(0,report_escape/* escapeMarkdown */.FV)(migration.name)}${flags ? ` (${flags})` : ''}`;
            if (migration.operations.length === 0)
                lines.push(`| ${title} | _no operations_ | | | | | |`);
            for (const [index, row] of migration.operations.entries()) {
                lines.push(`| ${index === 0 ? title : ''} | ${operationLabel(row)} | ${(0,report_escape/* escapeMarkdown */.FV)(row.table ?? '')} | ${(0,format/* formatRows */.dZ)(row.rows)} | ${CLASS_NAMES[row.costClass]} | ` +
                    `${LOCK_NAMES[row.lock]}${row.lock === 'nothing' ? '' : row.blocking ? ` for ${(0,format/* formatEstimate */.eG)(row.blocking)}` : ' for an unknown time'} | ${(0,format/* formatEstimate */.eG)(row.estimate)} |`);
            }
            if (migration.operations.length > 1)
                lines.push(`| | _migration total_ | | | | | ${(0,format/* formatEstimate */.eG)(migration.estimate)} |`);
        }
        return lines.join('\n');
    },
    renderText(result) {
        const data = result.data;
        if (data.migrations.length === 0)
            return 'no migrations in this deploy';
        const lines = [`${data.migrations.length} migration${data.migrations.length === 1 ? '' : 's'}, ${(0,format/* totalPhrase */.c9)(data.total)} (${data.adapter}${data.databaseVersion ? ` ${data.databaseVersion}` : ''}; sizes: ${data.statsSource})`];
        for (const migration of data.migrations) {
            lines.push(`${migration.version} ${migration.name}  ${(0,format/* formatEstimate */.eG)(migration.estimate)}${migration.outOfOrder ? '  OUT OF ORDER' : ''}${migration.irreversible.length ? '  IRREVERSIBLE' : ''}`);
            for (const row of migration.operations) {
                const blocks = row.lock === 'nothing' ? 'blocks nothing' : `blocks ${row.lock === 'writes' ? 'writes' : 'reads+writes'} for ${row.blocking ? (0,format/* formatEstimate */.eG)(row.blocking) : 'unknown time'}`;
                lines.push(`  ${(row.kind === 'unknown' && row.method ? `${row.method}?` : row.kind).padEnd(22)} ${(row.table ?? '').padEnd(20)} ${(0,format/* formatRows */.dZ)(row.rows).padStart(7)}  ${CLASS_NAMES[row.costClass].padEnd(22)} ${blocks.padEnd(30)} ${(0,format/* formatEstimate */.eG)(row.estimate)}`);
            }
        }
        return lines.join('\n');
    },
};
function operationLabel(row) {
    if (row.kind === 'unknown' && row.method)
        return `${(0,report_escape/* code */.aY)(row.method)} (unknown)`;
    const notes = [
        row.kind === 'backfill' && row.method ? (0,report_escape/* escapeMarkdown */.FV)(row.method) : '',
        row.kind === 'add_index' && row.costClass === 'index' ? 'not concurrent' : '',
        row.safetyAssured ? 'safety_assured' : '',
    ].filter(Boolean);
    return `${(0,report_escape/* code */.aY)(row.kind)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
function parseSettings(inputs) {
    const seconds = (name) => {
        const value = inputs[name];
        return value === undefined ? undefined : (0,values/* parseDuration */.E9)(name, value) / 1000;
    };
    const largeTableRows = String(inputs['large-table-rows'] ?? '1000000').replace(/_/g, '');
    if (!/^\d+$/.test(largeTableRows)) {
        throw new result/* GateInputError */.ay(`input \`large-table-rows\` is ${JSON.stringify(inputs['large-table-rows'])}; write a whole number of rows, e.g. 1000000.`);
    }
    return {
        maxDurationSeconds: seconds('max-duration') ?? 1800,
        maxTotalDurationSeconds: seconds('max-total-duration'),
        warnDurationSeconds: seconds('warn-duration'),
        failOnIrreversible: inputs['fail-on-irreversible'] !== false,
        unknownTables: inputs['unknown-tables'] === 'warn' ? 'warn' : 'error',
        unknownOperations: inputs['unknown-operations'] === 'warn' ? 'warn' : 'error',
        largeTableRows: Number(largeTableRows),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/trackers/registry.ts
// Every tracker, registered once: the gate names one with the `tracker` input.


const TRACKER_NAMES = ['jira', 'github', 'file'];
async function createTracker(inputs, env) {
    const name = inputs['tracker'];
    switch (name) {
        case 'jira': {
            const url = inputs['jira-url'];
            const token = inputs['jira-token'];
            if (!url || !token) {
                throw new result/* GateInputError */.ay('tracker `jira` needs `jira-url` and `jira-token` (and `jira-user` for Jira Cloud basic auth): pass the token from a secret.');
            }
            const { createJiraTracker } = await __nccwpck_require__.e(/* import() */ 906).then(__nccwpck_require__.bind(__nccwpck_require__, 9906));
            return createJiraTracker({
                url,
                token,
                user: inputs['jira-user'],
                flavor: inputs['jira-flavor'],
            });
        }
        case 'github': {
            if (!env.github || !env.run.repo) {
                throw new result/* GateInputError */.ay('tracker `github` needs the GitHub API: pass `token` (it needs `issues: read`), and the repository (`--repo` on the command line).');
            }
            const { createGitHubTracker } = await __nccwpck_require__.e(/* import() */ 809).then(__nccwpck_require__.bind(__nccwpck_require__, 7809));
            return createGitHubTracker(env.github, env.run.repo);
        }
        case 'file': {
            const { createFileTracker } = await __nccwpck_require__.e(/* import() */ 476).then(__nccwpck_require__.bind(__nccwpck_require__, 4476));
            return createFileTracker((0,external_node_path_.resolve)(env.workspace, inputs['tracker-file']));
        }
        default:
            throw new result/* GateInputError */.ay(`input \`tracker\` is required for pre-deploy: ${TRACKER_NAMES.join(', ')}.`);
    }
}

;// CONCATENATED MODULE: ./src/gates/pre-deploy/decide.ts
// The pre-deploy decision: pure, no I/O. Which issues does this deploy ship, and is each one in
// a deployable state with its required fields filled? The deploy's manifest is the evidence.

function decidePreDeploy(commits, lookups, policy, tracker) {
    const findings = [];
    const byKey = new Map(lookups.map((lookup) => [lookup.key, lookup]));
    const issues = uniqueKeys(commits).map((key) => issueRow(key, byKey.get(key), commits, policy));
    // An issue the token cannot see could be ready or not: the gate cannot decide it.
    const undecidable = issues.filter((row) => row.state === 'forbidden').length;
    for (const row of issues) {
        for (const problem of row.problems) {
            findings.push({
                id: problemId(row, problem),
                severity: 'error',
                title: `${row.key}: ${problem}`,
                message: `${row.key} (in ${row.commits.join(', ')}): ${problem}. ${advice(row, problem)}`,
            });
        }
        if (row.state === 'moved') {
            findings.push({
                id: 'pre-deploy/issue-moved',
                severity: 'warning',
                title: `${row.key} moved to ${row.movedTo}`,
                message: `${row.key} moved to ${row.movedTo}; it was checked under its new key. Use the new key in future commits.`,
            });
        }
    }
    const withoutIssue = commits.filter((commit) => commit.keys.length === 0 && !commit.exempt);
    const exempt = commits.filter((commit) => commit.keys.length === 0 && commit.exempt);
    if (policy.requireIssue) {
        for (const commit of withoutIssue) {
            findings.push({
                id: 'pre-deploy/commit-without-issue',
                severity: 'error',
                title: `${commit.sha.slice(0, 7)} has no issue`,
                message: `${commit.sha.slice(0, 7)} "${commit.subject}" (${commit.author}) names no issue, so nothing records why it ships. ` +
                    'Reword it with an issue key, or exempt such commits with `exempt-pattern`.',
            });
        }
    }
    const blocked = issues.filter((row) => row.problems.length > 0 && row.state !== 'forbidden');
    const verdict = undecidable > 0 ? 'error' : findings.some((finding) => finding.severity === 'error') ? 'fail' : 'pass';
    const parts = [
        `${plural(issues.length, 'issue')}${issues.length && !blocked.length && !undecidable ? ', all ready' : ''}`,
        blocked.length ? `${blocked.length} not ready (${blocked.slice(0, 3).map((row) => row.key).join(', ')}${blocked.length > 3 ? ', …' : ''})` : '',
        undecidable ? `${undecidable} not visible to the token` : '',
        withoutIssue.length ? `${plural(withoutIssue.length, 'commit')} without an issue` : '',
    ].filter(Boolean);
    return {
        gate: 'pre-deploy',
        verdict,
        summary: `${parts.join('; ')} in ${plural(commits.length, 'commit')}`,
        findings,
        data: {
            tracker: tracker.name,
            totalCommits: commits.length,
            issues,
            commitsWithoutIssue: withoutIssue.map(commitRow),
            exemptCommits: exempt.map(commitRow),
            requiredFields: policy.requiredFields,
            trackerRequests: tracker.requests,
        },
    };
}
function uniqueKeys(commits) {
    return [...new Set(commits.flatMap((commit) => commit.keys))];
}
function issueRow(key, lookup, commits, policy) {
    const mentions = commits.filter((commit) => commit.keys.includes(key)).map((commit) => commit.sha.slice(0, 7));
    const row = { key, state: lookup?.state ?? 'not-found', labels: [], fields: {}, commits: mentions, problems: [] };
    if (!lookup || lookup.state === 'not-found') {
        row.problems.push('the tracker does not know this issue');
        return row;
    }
    if (lookup.state === 'forbidden') {
        row.problems.push(`the token cannot see this issue (${lookup.reason})`);
        return row;
    }
    const issue = lookup.issue;
    Object.assign(row, { title: issue.title, status: issue.status, assignee: issue.assignee, url: issue.url, labels: issue.labels, fields: issue.fields });
    if (lookup.state === 'moved')
        row.movedTo = lookup.movedTo;
    if (policy.allowedStatuses.length && !policy.allowedStatuses.includes(issue.status.trim().toLowerCase())) {
        row.problems.push(`status is "${issue.status}"`);
    }
    for (const field of policy.requiredFields) {
        if (!issue.fields[field]?.trim())
            row.problems.push(`required field "${field}" is empty`);
    }
    const labels = new Set(issue.labels.map((label) => label.toLowerCase()));
    for (const label of policy.requiredLabels)
        if (!labels.has(label.toLowerCase()))
            row.problems.push(`label "${label}" is missing`);
    for (const label of policy.forbiddenLabels)
        if (labels.has(label.toLowerCase()))
            row.problems.push(`has the label "${label}"`);
    return row;
}
function problemId(row, problem) {
    if (row.state === 'not-found')
        return 'pre-deploy/unknown-issue';
    if (row.state === 'forbidden')
        return 'pre-deploy/issue-not-visible';
    if (problem.startsWith('status'))
        return 'pre-deploy/status-not-allowed';
    if (problem.startsWith('required field'))
        return 'pre-deploy/missing-field';
    return problem.startsWith('label') ? 'pre-deploy/missing-label' : 'pre-deploy/forbidden-label';
}
function advice(row, problem) {
    if (row.state === 'not-found')
        return 'Check the key in the commit message (a typo ships work nobody tracked), or the `project-keys` input.';
    if (row.state === 'forbidden')
        return 'Give the tracker token read access to this project; until then the gate cannot decide.';
    if (problem.startsWith('status'))
        return 'Move the issue to an allowed status (`allowed-statuses`) once it is ready, or leave its commits out of this deploy.';
    if (problem.startsWith('required field'))
        return 'Fill the field in the tracker: it is part of the deploy plan.';
    return 'Fix the labels on the issue, or leave its commits out of this deploy.';
}
function commitRow(commit) {
    return { sha: commit.sha, subject: commit.subject, author: commit.author, exempt: commit.exempt };
}

;// CONCATENATED MODULE: ./src/gates/pre-deploy/inputs.ts

const PRE_DEPLOY_INPUTS = [
    ...inputs/* RANGE_INPUTS */.MG,
    {
        name: 'tracker',
        kind: 'enum',
        values: ['jira', 'github', 'file'],
        description: 'Where the issues live: `jira` (Cloud or Data Center), `github` (issues referenced as `#123` or `org/repo#123`) or `file` (a YAML file). Required for pre-deploy.',
    },
    { name: 'project-keys', kind: 'string', description: 'Comma-separated project keys (`ENG,OPS`) that issue keys must belong to. Default: the projects the tracker lists.' },
    { name: 'case-insensitive-keys', kind: 'boolean', default: 'false', description: 'Count lowercase keys (`eng-12`) too. Default: `false`.' },
    { name: 'require-issue', kind: 'boolean', default: 'true', description: 'Fail on commits without an issue key (merge commits, bots and `exempt-pattern` excepted). Default: `true`.' },
    { name: 'exempt-pattern', kind: 'string', description: 'A regular expression over the commit subject that exempts a commit from `require-issue`, e.g. `^\\[no-issue\\]`.' },
    { name: 'allowed-statuses', kind: 'string', description: 'Comma-separated statuses an issue may be in (`Ready for Deploy, Done`); case-insensitive. Default: any status.' },
    { name: 'required-fields', kind: 'string', description: 'Comma-separated field names or ids (`Risk Assessment, customfield_10010`) that must be non-empty.' },
    { name: 'required-labels', kind: 'string', description: 'github tracker: comma-separated labels every issue must have.' },
    { name: 'forbidden-labels', kind: 'string', description: 'github tracker: comma-separated labels no issue may have (e.g. `do-not-deploy`).' },
    { name: 'jira-url', kind: 'string', description: 'Jira base URL, e.g. `https://acme.atlassian.net`.' },
    {
        name: 'jira-flavor',
        kind: 'enum',
        values: ['auto', 'cloud', 'datacenter'],
        default: 'auto',
        description: 'Jira Cloud or Data Center. Default: `auto` (`*.atlassian.net` is Cloud; other hosts are asked once through /rest/api/2/serverInfo).',
    },
    { name: 'jira-user', kind: 'string', description: 'Jira Cloud user (email) for basic auth with `jira-token`; leave empty to send `jira-token` as a Data Center bearer token.' },
    { name: 'jira-token', kind: 'string', stepOnly: true, secret: true, description: 'Jira API token (Cloud) or personal access token (Data Center). Pass it from a secret.' },
    { name: 'tracker-file', kind: 'string', default: '.github/deploy-issues.yml', description: 'file tracker: the YAML file of issues. Default: `.github/deploy-issues.yml`.' },
    { name: 'timeout', kind: 'string', default: '2m', description: 'Time budget for the whole gate, retries included (`90s`, `2m`). Default: `2m`.' },
    { name: 'post-status', kind: 'boolean', default: 'true', description: 'Post the result as the commit status `deploy-gates/pre-deploy` on the deploy SHA. Default: `true`.' },
];
const PRE_DEPLOY_OUTPUTS = [
    { name: 'issues', description: 'The issues this deploy ships, as JSON: key, title, status, state, url.' },
    { name: 'commits-without-issue', description: 'JSON array of the SHAs of commits without an issue key (exempt ones not included).' },
];

;// CONCATENATED MODULE: ./src/gates/pre-deploy/keys.ts
// What a commit message says it ships: tracker keys (`ENG-12`), GitHub references (`#12`),
// reverts, bot authors and the pull request a merge commit merged. Pure text rules, no I/O.
/**
 * A project key is a letter and at least one more letter, digit or underscore (Jira's minimum is two
 * characters), then `-` and the issue number. A key must stand alone: a letter, digit, `_` or `-`
 * before it makes it the tail of a longer word (`thisABC-1`, `RELEASE-NOTES-3.8.txt`); a letter,
 * digit or `_` after it (`[LANG-1448J`), or `-` and a digit (`CVE-2025-48924`), makes it the head
 * of a longer id, which is not cut up into a key.
 */
const keySource = (letter, rest) => String.raw `(?<![\p{L}\p{N}_-])${letter}${rest}+-[0-9]+(?![\p{L}\p{N}_]|-[0-9])`;
const KEY_PATTERN = new RegExp(keySource('[A-Z]', '[A-Z0-9_]'), 'gu');
// Spelled out rather than the `i` flag, which with `u` also folds the Kelvin sign and long s into K and S.
const KEY_PATTERN_ANY_CASE = new RegExp(keySource('[A-Za-z]', '[A-Za-z0-9_]'), 'gu');
/**
 * Prefixes of identifiers that look like keys but name standards, encodings and advisories
 * (`UTF-8`, `SHA-256`, `ISO-8601`, `RFC-7231`). Ignored unless `projectKeys` names the prefix,
 * since an unrelated id in a message would otherwise become an issue the deploy "ships".
 * `JDK-` and `JSR-` ids are left to project filtering: they are real trackers' keys.
 */
const NOT_PROJECTS = new Set(['UTF', 'UCS', 'SHA', 'MD', 'ISO', 'RFC', 'CVE', 'CWE', 'GHSA', 'AES', 'HTTP', 'TLS', 'SSL']);
/** Distinct tracker keys in `text`, uppercased, in order of first appearance. */
function extractIssueKeys(text, options = {}) {
    const projects = options.projectKeys?.length ? new Set(options.projectKeys) : undefined;
    const pattern = options.caseInsensitive ? KEY_PATTERN_ANY_CASE : KEY_PATTERN;
    const keys = new Set();
    for (const match of text.matchAll(pattern)) {
        const key = match[0].toUpperCase();
        const project = key.slice(0, key.lastIndexOf('-'));
        if (projects ? !projects.has(project) : NOT_PROJECTS.has(project))
            continue;
        keys.add(key);
    }
    return [...keys];
}
// GitHub names: owners are letters, digits and `-`; repositories add `.` and `_`.
const OWNER = '[A-Za-z0-9][A-Za-z0-9-]{0,38}';
const REPO = '[A-Za-z0-9._-]{1,100}';
const NUMBER = '[1-9][0-9]{0,9}';
/**
 * One pass, leftmost match first, so that a URL is consumed whole and `#12` in its fragment is
 * never read as a reference. Alternatives: a URL (an issue or pull request URL on github.com
 * counts), `owner/repo#12`, `#12`, `GH-12`. A reference stands alone: `abc#1`, `a/b/c#1` and
 * `&#123;` (an HTML entity) are not references.
 */
const GITHUB_REF_PATTERN = new RegExp([
    String.raw `(?<url>\bhttps?://[^\s<>()\[\]"'\x60]+)`,
    String.raw `(?<![\p{L}\p{N}_./-])(?<owner>${OWNER})/(?<repo>${REPO})#(?<number>${NUMBER})(?![\p{L}\p{N}_])`,
    String.raw `(?<![\p{L}\p{N}_&#/.-])#(?<local>${NUMBER})(?![\p{L}\p{N}_])`,
    String.raw `(?<![\p{L}\p{N}_-])GH-(?<gh>${NUMBER})(?![\p{L}\p{N}_]|-[0-9])`,
].join('|'), 'gu');
const GITHUB_ISSUE_URL = new RegExp(String.raw `^https?://github\.com/(${OWNER})/(${REPO})/(?:issues|pull)/(${NUMBER})(?:[/?#].*)?$`, 'u');
/** Distinct GitHub issue references in `text`, in order; `#12` and `GH-12` mean `repo`. */
function extractGitHubIssueRefs(text, repo) {
    const refs = new Map();
    const add = (owner, name, number) => {
        // GitHub names are case-insensitive: `Acme/Shop#1` is `acme/shop#1`, and this repository's own
        // name in full is the same issue as `#1`.
        const own = owner.toLowerCase() === repo.owner.toLowerCase() && name.toLowerCase() === repo.repo.toLowerCase();
        const ref = own ? { owner: repo.owner, repo: repo.repo, number } : { owner, repo: name, number };
        const id = `${ref.owner}/${ref.repo}#${number}`.toLowerCase();
        if (!refs.has(id))
            refs.set(id, ref);
    };
    for (const match of text.matchAll(GITHUB_REF_PATTERN)) {
        const groups = match.groups ?? {};
        if (groups['url'] !== undefined) {
            const url = GITHUB_ISSUE_URL.exec(groups['url'].replace(/[.,;:!?]+$/, ''));
            if (url)
                add(url[1], url[2], Number(url[3]));
        }
        else if (groups['owner'] !== undefined) {
            add(groups['owner'], groups['repo'], Number(groups['number']));
        }
        else {
            add(repo.owner, repo.repo, Number(groups['local'] ?? groups['gh']));
        }
    }
    return [...refs.values()];
}
const REVERT_SUBJECT = /^Revert "(.*)"(?:\s+\(#[0-9]+\))?$/s;
/**
 * The subject of the commit that `subject` reverts: git writes `Revert "<subject>"`, and GitHub's
 * revert button adds ` (#45)` when squashed. A revert of a revert is unwrapped to the original
 * subject, so its keys are known; undefined when `subject` is not a revert.
 */
function revertedSubject(subject) {
    let current = subject.trim();
    let reverted;
    for (let match = REVERT_SUBJECT.exec(current); match; match = REVERT_SUBJECT.exec(current)) {
        reverted = current = match[1];
    }
    return reverted;
}
/** The GitHub Apps whose commits carry no issue: dependency updates and workflow commits. */
const BOTS = ['dependabot', 'renovate', 'github-actions'];
const BOT_NAME = new RegExp(`^(?:${BOTS.join('|')})\\[bot\\]$`, 'i');
const BOT_EMAIL = new RegExp(`^(?:[0-9]+\\+)?(?:${BOTS.join('|')})\\[bot\\]@users\\.noreply\\.github\\.com$`, 'i');
/**
 * Whether a commit's author is one of the known update bots, by name (`dependabot[bot]`) or by
 * GitHub noreply address (`49699333+dependabot[bot]@users.noreply.github.com`). Authorship is
 * whatever the committer wrote, so this decides an exemption, never a verdict on its own.
 */
function isBotAuthor(name, email) {
    return BOT_NAME.test(name.trim()) || (email !== undefined && BOT_EMAIL.test(email.trim()));
}
const MERGE_SUBJECT = /^Merge pull request #([1-9][0-9]{0,9}) from \S/;
const SQUASH_SUBJECT = /\(#([1-9][0-9]{0,9})\)\s*$/;
/** The pull request a GitHub merge (`Merge pull request #12 from ...`) or squash (`... (#12)`) commit merged. */
function pullRequestNumberOfMerge(subject) {
    const match = MERGE_SUBJECT.exec(subject) ?? SQUASH_SUBJECT.exec(subject);
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/gates/pre-deploy/index.ts
// pre-deploy: what this deploy contains, and is every issue in it ready. Observes the range (the
// same code as forward-sha), reads the tracker, decides, posts a commit status, and renders the
// deploy's manifest.








/** Every commit of the range is read: a key in the 5,001st commit ships like any other. */
const ALL_COMMITS = Number.MAX_SAFE_INTEGER;
const STATUS_CONTEXT = 'deploy-gates/pre-deploy';
const preDeploy = {
    name: 'pre-deploy',
    question: 'Which tracker issues does this deploy contain, and is each one in a deployable state with its required fields filled?',
    inputs: PRE_DEPLOY_INPUTS,
    outputs: PRE_DEPLOY_OUTPUTS,
    async run(inputs, env) {
        const deadline = Date.now() + (0,values/* parseDuration */.E9)('timeout', inputs['timeout']);
        const exemptPattern = (0,values/* parseRegExp */.lS)('exempt-pattern', inputs['exempt-pattern']);
        const tracker = await createTracker(inputs, env);
        const range = await (0,resolve/* resolveDeployRange */.J)({
            sha: inputs['sha'] ?? env.run.defaultSha,
            productionRef: inputs['production-ref'],
            environment: inputs['environment'],
            history: inputs['history'],
            listLimit: ALL_COMMITS,
            withBodies: true,
            fetch: env.fetch,
        }, { workspace: env.workspace, github: env.github });
        const keysOf = await keyExtractor(inputs, tracker, env, deadline);
        const titles = await pullRequestTitles(range.shipping, env.github);
        const commits = range.shipping.map((commit) => shippingCommit(commit, keysOf, titles, exemptPattern));
        const requiredFields = (0,values/* parseList */.E1)(inputs['required-fields']);
        const keys = [...new Set(commits.flatMap((commit) => commit.keys))];
        const lookups = keys.length ? await tracker.lookUp({ keys, fields: requiredFields, deadline }) : [];
        const result = decidePreDeploy(commits, lookups, {
            requireIssue: inputs['require-issue'] !== false,
            allowedStatuses: (0,values/* parseList */.E1)(inputs['allowed-statuses']).map((status) => status.toLowerCase()),
            requiredFields,
            requiredLabels: (0,values/* parseList */.E1)(inputs['required-labels']),
            forbiddenLabels: (0,values/* parseList */.E1)(inputs['forbidden-labels']),
        }, { name: tracker.name, requests: tracker.requestCount });
        if (inputs['post-status'] !== false)
            await postStatus(result, range.deploySha, env);
        return result;
    },
    outputValues(result) {
        return {
            issues: JSON.stringify(result.data.issues.map(({ key, title, status, state, url, movedTo }) => ({ key, title, status, state, url, movedTo }))),
            'commits-without-issue': JSON.stringify(result.data.commitsWithoutIssue.map((commit) => commit.sha)),
        };
    },
    renderMarkdown(result, links) {
        const data = result.data;
        const lines = [`#### What ships: ${plural(data.issues.length, 'issue')} in ${plural(data.totalCommits, 'commit')} (${(0,report_escape/* escapeMarkdown */.FV)(data.tracker)} tracker)`];
        if (data.issues.length) {
            const fieldColumns = data.requiredFields.map((field) => (0,report_escape/* escapeMarkdown */.FV)(field.toLowerCase()));
            lines.push('', `| issue | title | status | assignee |${fieldColumns.map((f) => ` ${f} |`).join('')} commits |`);
            lines.push(`|---|---|---|---|${fieldColumns.map(() => '---|').join('')}---|`);
            for (const row of data.issues) {
                const status = row.state === 'found' || row.state === 'moved' ? (0,report_escape/* escapeMarkdown */.FV)(row.status ?? '') : `**${row.state}**`;
                const mark = row.problems.length ? ' ❌' : '';
                const moved = row.movedTo ? ` → ${(0,report_escape/* escapeMarkdown */.FV)(row.movedTo)}` : '';
                const fields = data.requiredFields.map((field) => ` ${(0,report_escape/* escapeMarkdown */.FV)(row.fields[field] ?? '') || '**empty**'} |`).join('');
                const commits = row.commits.map((sha) => (0,report_escape/* link */.nf)(sha, links.commit(sha))).join(' ');
                lines.push(`| ${(0,report_escape/* link */.nf)(row.key, safeUrl(row.url))}${moved} | ${(0,report_escape/* escapeMarkdown */.FV)(row.title ?? '')} | ${status}${mark} | ${(0,report_escape/* escapeMarkdown */.FV)(row.assignee ?? '')} |${fields} ${commits} |`);
            }
        }
        if (data.commitsWithoutIssue.length) {
            lines.push('', `Commits without an issue: ${data.commitsWithoutIssue.map((c) => `${(0,report_escape/* link */.nf)(c.sha.slice(0, 7), links.commit(c.sha))} "${(0,report_escape/* escapeMarkdown */.FV)(c.subject, 80)}" (${(0,report_escape/* escapeMarkdown */.FV)(c.author)})`).join(', ')}`);
        }
        if (data.exemptCommits.length) {
            lines.push('', `Exempt from needing an issue: ${data.exemptCommits.map((c) => `${(0,report_escape/* link */.nf)(c.sha.slice(0, 7), links.commit(c.sha))} (${c.exempt})`).join(', ')}`);
        }
        if (data.status)
            lines.push('', `Commit status ${(0,report_escape/* code */.aY)(STATUS_CONTEXT)}: ${(0,report_escape/* escapeMarkdownKeepingCode */.tH)(data.status.detail)}.`);
        return lines.join('\n');
    },
    renderText(result) {
        const data = result.data;
        const lines = [`${data.issues.length} issues in ${data.totalCommits} commits (${data.tracker} tracker, ${data.trackerRequests} requests)`];
        for (const row of data.issues) {
            const status = row.state === 'found' || row.state === 'moved' ? row.status : row.state;
            lines.push(`  ${row.key.padEnd(12)} ${(status ?? '').padEnd(18)} ${row.title ?? ''}${row.problems.length ? `  <- ${row.problems.join('; ')}` : ''}`);
        }
        if (data.commitsWithoutIssue.length) {
            lines.push('commits without an issue:');
            for (const commit of data.commitsWithoutIssue)
                lines.push(`  ${commit.sha.slice(0, 7)} ${commit.subject} (${commit.author})`);
        }
        if (data.status)
            lines.push(`commit status: ${data.status.detail}`);
        return lines.join('\n');
    },
};
async function keyExtractor(inputs, tracker, env, deadline) {
    if (tracker.name === 'github') {
        const repo = env.run.repo;
        // A squash or merge commit names its own pull request (`(#123)`): that is not an issue it ships.
        return (text, ownPullRequest) => extractGitHubIssueRefs(text, repo)
            .filter((ref) => !(ref.number === ownPullRequest && ref.owner === repo.owner && ref.repo === repo.repo))
            .map((ref) => `${ref.owner}/${ref.repo}#${ref.number}`);
    }
    const configured = (0,values/* parseList */.E1)(inputs['project-keys']);
    const projectKeys = configured.length ? configured : ((await tracker.listProjects(deadline)) ?? []);
    const caseInsensitive = inputs['case-insensitive-keys'] === true;
    return (text) => extractIssueKeys(text, { projectKeys, caseInsensitive });
}
/** Titles of the pull requests that merge commits merged: a key may be only there. */
async function pullRequestTitles(commits, github) {
    const titles = new Map();
    if (!github)
        return titles;
    for (const commit of commits) {
        const number = commit.parents > 1 ? pullRequestNumberOfMerge(commit.subject) : undefined;
        if (number === undefined)
            continue;
        const title = await github.pullRequestTitle(number);
        if (title)
            titles.set(commit.sha, title);
    }
    return titles;
}
function shippingCommit(commit, keysOf, titles, exemptPattern) {
    const title = titles.get(commit.sha);
    const keys = [...new Set(keysOf([commit.subject, commit.body ?? '', title ?? ''].join('\n'), pullRequestNumberOfMerge(commit.subject)))];
    const exempt = commit.parents > 1 ? 'merge commit' : isBotAuthor(commit.authorName, commit.authorEmail) ? 'bot' : exemptPattern?.test(commit.subject) ? 'exempt-pattern' : undefined;
    return {
        sha: commit.sha,
        subject: commit.subject,
        author: commit.authorLogin ?? commit.authorName,
        keys,
        ...(exempt ? { exempt } : {}),
        ...(revertedSubject(commit.subject) !== undefined ? { revert: true } : {}),
    };
}
async function postStatus(result, sha, env) {
    if (!env.github) {
        result.data.status = { posted: false, detail: 'not posted: no GitHub token or repository' };
        return;
    }
    const state = result.verdict === 'pass' ? 'success' : result.verdict === 'fail' ? 'failure' : 'error';
    try {
        await env.github.createCommitStatus(sha, { state, context: STATUS_CONTEXT, description: result.summary, targetUrl: env.run.runUrl });
        result.data.status = { posted: true, detail: `${state} on ${sha.slice(0, 7)}` };
    }
    catch (error) {
        // The verdict stands; a status that could not be posted is said out loud, not swallowed.
        result.data.status = { posted: false, detail: `not posted: ${error.message}` };
        result.findings.push({
            id: 'pre-deploy/status-not-posted',
            severity: 'warning',
            title: 'Commit status not posted',
            message: `The commit status ${STATUS_CONTEXT} could not be posted: ${error.message}`,
        });
    }
}
/** Tracker URLs come from the tracker's answer: only http(s) links are rendered as links. */
function safeUrl(url) {
    return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? url : undefined;
}

;// CONCATENATED MODULE: ./src/gates/registry.ts
// Every gate, registered once. The suite runs them in this order.



const GATES = [forwardSha, preDeploy, migrations];
function findGate(name) {
    return GATES.find((gate) => gate.name === name);
}


/***/ }),

/***/ 5275:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ Git),
  X: () => (/* binding */ GitError)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/git/git.ts
// The git adapter: runs git with argument arrays (never a shell), in one working tree.
//
// Local queries go through node:child_process directly: git runs on every gate's hot path, and
// @actions/exec costs ~6 ms to load plus a PATH search per call (measured by `npm run bench`).
// Fetches, which are slow anyway and worth seeing in the Actions log, go through @actions/exec.

class GitError extends Error {
    args;
    output;
    name = 'GitError';
    constructor(args, output) {
        super(`git ${args[0] ?? ''} failed (exit ${output.exitCode}): ${output.stderr.trim() || output.stdout.trim()}`);
        this.args = args;
        this.output = output;
    }
}
/** A fetch must never sit waiting for a password nobody will type; messages must be parseable. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
class Git {
    cwd;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** Runs git and returns its output whatever the exit code. */
    async tryRun(args, options = {}) {
        let stdout = '';
        const { exitCode, stderr } = await this.spawnGit(args, options, (chunk) => (stdout += chunk));
        return { exitCode, stdout, stderr };
    }
    /** Runs git and returns stdout; throws GitError on a non-zero exit. */
    async run(args, options = {}) {
        const output = await this.tryRun(args, options);
        if (output.exitCode !== 0)
            throw new GitError(args, output);
        return output.stdout;
    }
    /** Runs git and returns stdout as bytes (file contents, where lengths are in bytes); throws GitError on failure. */
    async runBytes(args, options = {}) {
        const chunks = [];
        const result = await this.spawnGit(args, options, (chunk) => chunks.push(chunk), 'bytes');
        if (result.exitCode !== 0)
            throw new GitError(args, { ...result, stdout: '' });
        return Buffer.concat(chunks);
    }
    /**
     * Runs git and hands stdout to `onRecord` one record at a time (records end with `separator`),
     * so that a listing of a million commits never sits in memory whole.
     */
    async forEachRecord(args, separator, onRecord) {
        let pending = '';
        const result = await this.spawnGit(args, {}, (chunk) => {
            // One flat string per chunk and a moving cursor: re-slicing `pending` after every record
            // made V8 flatten a rope per record, quadratic in the chunk (95 ms on a 20,000-commit range).
            const text = pending + chunk;
            let start = 0;
            let end;
            while ((end = text.indexOf(separator, start)) !== -1) {
                onRecord(text.slice(start, end));
                start = end + separator.length;
            }
            pending = text.slice(start);
        });
        if (result.exitCode !== 0)
            throw new GitError(args, { ...result, stdout: '' });
        if (pending.trim())
            onRecord(pending);
    }
    /** `git fetch ...` through @actions/exec, its progress on stderr (the Actions log, never stdout). */
    async fetch(args) {
        const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 1260));
        return getExecOutput('git', ['fetch', ...args], {
            cwd: this.cwd,
            ignoreReturnCode: true,
            outStream: process.stderr,
            env: { ...definedEnv(process.env), ...GIT_ENV },
        });
    }
    spawnGit(args, { input, env }, onStdout, stdoutAs = 'text') {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
                cwd: this.cwd,
                env: { ...process.env, ...GIT_ENV, ...env },
                stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            let stderr = '';
            if (stdoutAs === 'text')
                child.stdout.setEncoding('utf8');
            child.stdout.on('data', onStdout);
            child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
            child.on('error', (error) => reject(new Error(`cannot run git in ${this.cwd}: ${error.message}`)));
            child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stderr }));
            if (input !== undefined)
                child.stdin.end(input);
        });
    }
}
function definedEnv(env) {
    const result = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            result[key] = value;
    return result;
}


/***/ }),

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS)
/* harmony export */ });
/* unused harmony export parseBoolean */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2960);
// One declaration per input, shared by the action (INPUT_*), the CLI (--flags), the config file
// and the tests that keep action.yml and the README in step with the code.

function parseInputs(specs, raw) {
    const parsed = {};
    for (const spec of specs) {
        const stepValue = nonEmpty(raw.fromStep(spec.name));
        const configValue = spec.stepOnly ? undefined : nonEmpty(raw.fromConfig(spec.name));
        const value = stepValue ?? configValue ?? spec.default;
        const origin = stepValue !== undefined ? 'input' : configValue !== undefined ? 'config file key' : 'default of';
        parsed[spec.name] = value === undefined ? undefined : convert(spec, value, origin);
    }
    return parsed;
}
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
}
function convert(spec, value, origin) {
    switch (spec.kind) {
        case 'boolean':
            return parseBoolean(spec.name, value, origin);
        case 'enum':
            if (!spec.values?.includes(value)) {
                throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`${origin} \`${spec.name}\` is ${JSON.stringify(value)}; accepted values: ${spec.values?.join(', ')}.`);
            }
            return value;
        case 'string':
            return value;
    }
}
// The YAML 1.2 core schema's booleans, as the runner's core.getBooleanInput accepts them.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
function parseBoolean(name, value, origin = 'input') {
    if (TRUE_WORDS.includes(value))
        return true;
    if (FALSE_WORDS.includes(value))
        return false;
    throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`${origin} \`${name}\` is ${JSON.stringify(value)}; write true or false.`);
}
/** Inputs every action has. */
const COMMON_INPUTS = [
    {
        name: 'token',
        kind: 'string',
        description: 'GitHub token for the API (deployments, compare, statuses).',
        default: '',
        stepOnly: true,
        secret: true,
    },
    {
        name: 'mode',
        kind: 'enum',
        values: ['enforce', 'report'],
        default: 'enforce',
        description: '`enforce` fails the step when a gate fails or cannot decide; `report` never fails the step but still reports everything.',
    },
    {
        name: 'config',
        kind: 'string',
        default: '.github/deploy-gates.yml',
        stepOnly: true,
        description: 'Path of the suite config file. Optional: a missing file at the default path is fine.',
    },
];


/***/ }),

/***/ 8463:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   lS: () => (/* binding */ parseRegExp)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2960);
// Parsers for input values shared by several gates: lists, durations, regular expressions.

/** `a, b,c` → ['a', 'b', 'c']; empty items dropped. */
function parseList(value) {
    return (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `90s`, `2m`, `1h30m`, `500ms` → milliseconds. */
function parseDuration(name, value) {
    const text = value.trim();
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    if (!parts.length || parts.map((part) => part[0]).join('') !== text) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`input \`${name}\` is ${JSON.stringify(value)}; write a duration such as 90s, 2m or 1h30m.`);
    }
    return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit], 0);
}
function parseRegExp(name, value) {
    if (!value)
        return undefined;
    try {
        return new RegExp(value, 'u');
    }
    catch (error) {
        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`input \`${name}\` is not a valid regular expression: ${error.message}`);
    }
}


/***/ }),

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   WG: () => (/* binding */ errorResult),
/* harmony export */   aG: () => (/* binding */ combineVerdicts),
/* harmony export */   ay: () => (/* binding */ GateInputError)
/* harmony export */ });
// The one result model every gate returns (see ../shared/CONVENTIONS.md).
// `error` means "could not decide" and blocks like `fail`; nothing may turn it into `pass`.
const severityRank = { error: 0, warning: 1, notice: 2 };
/** Worst first, so that truncation (annotations, summaries) always keeps the worst findings. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}
const verdictRank = { pass: 0, fail: 1, error: 2 };
/**
 * The verdict of several gates together: any error wins (the suite could not decide), then any
 * fail. An empty list is an error, never a pass: running no gate proves nothing.
 */
function combineVerdicts(verdicts) {
    if (verdicts.length === 0)
        return 'error';
    return verdicts.reduce((worst, v) => (verdictRank[v] > verdictRank[worst] ? v : worst), 'pass');
}
/** Thrown for a problem a user can fix (bad input, missing ref, denied permission): the message names the input and the fix. */
class GateInputError extends Error {
    name = 'GateInputError';
}
/** A gate that throws has not decided: it ends in `error`, with the reason as its summary. */
function errorResult(gate, reason) {
    const message = reason instanceof Error ? reason.message : String(reason);
    return {
        gate,
        verdict: 'error',
        summary: `could not decide: ${firstLine(message)}`,
        findings: [{ id: `${gate}/could-not-decide`, severity: 'error', title: `${gate} could not decide`, message }],
        data: { reason: message },
    };
}
function firstLine(text) {
    const line = text.split('\n', 1)[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}


/***/ }),

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ resolveDeployRange)
});

// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git_git = __nccwpck_require__(5275);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __nccwpck_require__(2960);
;// CONCATENATED MODULE: ./src/git/refs.ts
// Validation of refs and SHAs that come from inputs, before they reach git as arguments.
// Follows git-check-ref-format(1), and refuses anything git could read as an option.

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
const ABBREVIATED_SHA = /^[0-9a-f]{7,64}$/i;
function isFullSha(value) {
    return SHA.test(value);
}
function looksLikeSha(value) {
    return ABBREVIATED_SHA.test(value);
}
/**
 * Returns why `value` is not an acceptable ref name or SHA, or undefined when it is.
 * Stricter than git on purpose: revision syntax (`~`, `^`, `@{}`, `:`) is refused, so an
 * input always names one ref or one commit.
 */
function refProblem(value) {
    if (value.length === 0)
        return 'it is empty';
    if (value.length > 255)
        return 'it is longer than 255 characters';
    if (value.startsWith('-'))
        return 'it starts with "-", so git would read it as an option';
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(value))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (value.includes('..'))
        return 'it contains ".."';
    if (value.includes('@{'))
        return 'it contains "@{"';
    if (value === '@')
        return 'it is "@"';
    if (value.startsWith('/') || value.endsWith('/') || value.includes('//'))
        return 'it has an empty path component';
    if (value.endsWith('.'))
        return 'it ends with "."';
    for (const component of value.split('/')) {
        if (component.startsWith('.'))
            return 'a path component starts with "."';
        if (component.endsWith('.lock'))
            return 'a path component ends with ".lock"';
    }
    return undefined;
}
/** Throws a GateInputError naming the input when `value` is not a valid ref or SHA. */
function validateRef(inputName, value) {
    const problem = refProblem(value);
    if (problem) {
        throw new model_result/* GateInputError */.ay(`input \`${inputName}\` ${JSON.stringify(value.slice(0, 80))} is not a valid branch, tag or SHA: ${problem}.`);
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/git/ref-files.ts
// Reads branch and tag names straight from the git directory (loose ref files and packed-refs),
// the way git's own ref_rev_parse_rules do, so the common case needs no `git cat-file` process:
// forward-sha runs in front of every deploy, and a git process costs more than the rest of the
// lookup. Anything this reader is not sure about (reftable, worktrees, a loose annotated tag, an
// abbreviated SHA, a symref loop) answers `undefined` and the caller asks git instead; it never
// guesses.



/** git's order for a short name (refs.c, ref_rev_parse_rules): the first that exists wins. */
const SHORT_NAME_RULES = ['%s', 'refs/%s', 'refs/tags/%s', 'refs/heads/%s', 'refs/remotes/%s', 'refs/remotes/%s/HEAD'];
class RefFiles {
    gitDir;
    packed;
    fullyPeeled = false;
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    /** undefined when this git directory stores refs in a way only git should read. */
    static open(gitDir) {
        // reftable keeps refs in binary tables; a linked worktree splits refs between two directories.
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'reftable')) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
            return undefined;
        return new RefFiles(gitDir);
    }
    /**
     * The commit `name` names, resolved as git would: a full SHA is returned as it is (the caller
     * still has git check that it is a commit), a short name by git's rules, a full ref name as is.
     * undefined: not found here, or not sure (then ask git).
     */
    resolveCommit(name) {
        if (isFullSha(name))
            return name.toLowerCase();
        const candidates = name.startsWith('refs/') ? [name] : SHORT_NAME_RULES.map((rule) => rule.replace('%s', name));
        for (const refName of candidates) {
            const found = this.readRef(refName, 0);
            if (found === 'absent')
                continue;
            return found === 'unsure' ? undefined : found;
        }
        return undefined;
    }
    /** A commit SHA, 'absent' when no such ref, 'unsure' when only git can tell. */
    readRef(refName, depth) {
        if (depth > 5)
            return 'unsure';
        const loose = readLoose((0,external_node_path_.join)(this.gitDir, refName));
        if (loose !== undefined) {
            if (loose.startsWith('ref: '))
                return this.readRef(loose.slice(5).trim(), depth + 1);
            if (!isFullSha(loose))
                return 'unsure';
            // A loose tag may be an annotated tag object; peeling it needs the object store.
            return refName.startsWith('refs/tags/') ? 'unsure' : loose;
        }
        // Only names under refs/ are ever packed (HEAD, FETCH_HEAD are files or nothing).
        if (!refName.startsWith('refs/'))
            return 'absent';
        const packed = this.packedRefs().get(refName);
        if (!packed)
            return 'absent';
        if (packed.peeled)
            return packed.peeled;
        // Without `fully-peeled`, a packed tag with no ^ line may still be an annotated tag.
        return refName.startsWith('refs/tags/') && !this.fullyPeeled ? 'unsure' : packed.sha;
    }
    packedRefs() {
        if (this.packed)
            return this.packed;
        this.packed = new Map();
        const text = readLoose((0,external_node_path_.join)(this.gitDir, 'packed-refs'), false) ?? '';
        let last;
        for (const line of text.split('\n')) {
            if (line.startsWith('#')) {
                this.fullyPeeled = / fully-peeled( |$)/.test(line);
            }
            else if (line.startsWith('^')) {
                if (last)
                    last.peeled = line.slice(1).trim();
            }
            else if (line) {
                const space = line.indexOf(' ');
                last = { sha: line.slice(0, space) };
                this.packed.set(line.slice(space + 1).trim(), last);
            }
        }
        return this.packed;
    }
}
/** A ref file's content, trimmed; undefined when it does not exist (or is a directory). */
function readLoose(path, trim = true) {
    try {
        const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        return trim ? text.trim() : text;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/git/repository.ts
// Facts about the checkout that decide how the range can be read: is it a repository, is it
// shallow, which commits form the shallow boundary. Read from the git directory where possible:
// each git process costs ~4 ms, and these facts are needed on every run.




async function openRepository(git) {
    const dotGit = (0,external_node_path_.join)(git.cwd, '.git');
    if (isDirectory(dotGit))
        return { gitDir: dotGit };
    // A worktree or submodule (.git is a file), or a folder inside the checkout: ask git.
    const probe = await git.tryRun(['rev-parse', '--git-dir']);
    if (probe.exitCode !== 0) {
        throw new model_result/* GateInputError */.ay(`${git.cwd} is not a git repository (${probe.stderr.trim()}); run actions/checkout before this gate, ` +
            'or set `history: github` to read the history from the GitHub API instead.');
    }
    const gitDir = probe.stdout.trim();
    return { gitDir: (0,external_node_path_.isAbsolute)(gitDir) ? gitDir : (0,external_node_path_.resolve)(git.cwd, gitDir) };
}
/** The commits whose parents a shallow clone lacks; empty when the history is complete. */
function shallowBoundary(repository) {
    const path = (0,external_node_path_.join)(repository.gitDir, 'shallow');
    if (!(0,external_node_fs_.existsSync)(path))
        return [];
    return (0,external_node_fs_.readFileSync)(path, 'utf8').split('\n').filter(isFullSha);
}
function isShallow(repository) {
    return shallowBoundary(repository).length > 0;
}
async function remoteNames(git) {
    return (await git.run(['remote'])).split('\n').filter(Boolean);
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/range/resolve-commits.ts
// Turns validated refs and SHAs into commits: all names looked up in one git process, and what
// is missing fetched from the remote when the gate may fetch.


/** Resolves every name to a full commit SHA, or throws a GateInputError naming the input. */
async function resolveCommits(git, names, remote, fetch) {
    const resolved = names.map(() => undefined);
    // A branch or tag name is fetched first when fetching is allowed: production is what the remote
    // says now, not what an earlier fetch left in refs/remotes.
    if (fetch) {
        for (const [index, name] of names.entries())
            if (isName(name.ref))
                resolved[index] = await fetchRef(git, name.ref, fetch);
    }
    const pending = names.map((name, index) => ({ name, index })).filter(({ index }) => resolved[index] === undefined);
    const candidates = pending.map(({ name }) => candidateNames(name.ref, remote));
    const found = await lookUpCommits(git, candidates.flat());
    for (const [position, { index }] of pending.entries())
        resolved[index] = candidates[position].map((name) => found.get(name)).find(Boolean);
    for (const [index, name] of names.entries()) {
        if (resolved[index] === undefined && fetch && !isName(name.ref))
            resolved[index] = await fetchRef(git, name.ref, fetch);
        if (resolved[index] === undefined) {
            const where = fetch ? `locally or on remote ${fetch.remote}` : 'locally (fetching is off)';
            throw new model_result/* GateInputError */.ay(`input \`${name.inputName}\` ${JSON.stringify(name.ref)} does not name a commit ${where}. ` +
                'Check the branch, tag or SHA; on a runner, refs are fetched from origin, so the token needs `contents: read`.');
        }
    }
    return resolved;
}
function isName(ref) {
    return !looksLikeSha(ref) && ref !== 'HEAD';
}
/**
 * A bare branch name means the branch as the remote has it: a local branch of the same name may
 * be stale (on a runner it does not exist at all).
 */
function candidateNames(ref, remote) {
    if (isFullSha(ref) || ref.startsWith('refs/') || ref === 'HEAD' || ref.startsWith(`${remote}/`))
        return [ref];
    return [`refs/remotes/${remote}/${ref}`, ref];
}
/** Looks names up in one git process: each line of `git cat-file --batch-check` answers one. */
async function lookUpCommits(git, names) {
    const found = new Map();
    if (names.length === 0)
        return found;
    const output = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
        input: names.map((name) => `${name}^{commit}\n`).join(''),
    });
    output
        .split('\n')
        .slice(0, names.length)
        .forEach((line, index) => {
        const [sha, type] = line.split(' ');
        if (type === 'commit' && sha && isFullSha(sha))
            found.set(names[index], sha);
    });
    return found;
}
/** Fetches `ref` from the remote as a branch, a tag or a SHA; returns its commit or undefined. */
async function fetchRef(git, ref, fetch) {
    const depth = fetch.shallow ? ['--depth=1'] : [];
    const attempts = [];
    if (looksLikeSha(ref) || ref.startsWith('refs/')) {
        attempts.push({ refspec: ref, local: 'FETCH_HEAD' });
    }
    else {
        const branch = ref.startsWith(`${fetch.remote}/`) ? ref.slice(fetch.remote.length + 1) : ref;
        attempts.push({ refspec: `+refs/heads/${branch}:refs/remotes/${fetch.remote}/${branch}`, local: `refs/remotes/${fetch.remote}/${branch}` });
        attempts.push({ refspec: `+refs/tags/${branch}:refs/tags/${branch}`, local: `refs/tags/${branch}` });
    }
    for (const attempt of attempts) {
        const result = await git.fetch(['--no-tags', '--no-recurse-submodules', '--quiet', ...depth, fetch.remote, attempt.refspec]);
        if (result.exitCode !== 0)
            continue;
        const sha = (await lookUpCommits(git, [attempt.local])).get(attempt.local);
        if (sha) {
            fetch.notes.push(`fetched ${ref} from ${fetch.remote}${depth.length ? ' (depth 1)' : ''}`);
            return sha;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/range/shallow.ts
// Completing a shallow clone just enough to count the range exactly.



const FIRST_DEEPEN = 64;
/**
 * Deepens a shallow clone until the range is complete (see rangeIsComplete), so that nothing the
 * range contains can be hidden beyond the boundary and counts and lists are exact. Falls back to
 * --unshallow; an error when it may not fetch.
 */
async function completeShallowHistory(git, repository, range) {
    const { productionSha, deploySha, remote, canFetch, notes, maxRounds } = range;
    let deepenBy = FIRST_DEEPEN;
    for (let round = 0;; round++) {
        if (!isShallow(repository))
            return; // complete history: whatever git says is the truth
        if (await rangeIsComplete(git, repository, productionSha, deploySha))
            return;
        if (!canFetch) {
            throw new model_result/* GateInputError */.ay('the repository is a shallow clone and the history between production and the deploy is not complete, ' +
                `and fetching from ${remote} is not possible. Set \`fetch-depth: 0\` on actions/checkout, ` +
                'or let the gate fetch (CLI: --fetch), or use `history: github`.');
        }
        const unshallow = round >= maxRounds;
        const result = await git.fetch([
            '--no-tags',
            '--no-recurse-submodules',
            '--quiet',
            unshallow ? '--unshallow' : `--deepen=${deepenBy}`,
            remote,
            productionSha,
            deploySha,
        ]);
        if (result.exitCode !== 0) {
            throw new model_result/* GateInputError */.ay(`could not deepen the shallow clone from ${remote} (${result.stderr.trim()}). ` +
                'Set `fetch-depth: 0` on actions/checkout, or give the token `contents: read`.');
        }
        notes.push(unshallow ? 'fetched the full history (--unshallow)' : `deepened the shallow clone by ${deepenBy} commits`);
        if (unshallow)
            return;
        deepenBy *= 2;
    }
}
async function rangeIsComplete(git, repository, productionSha, deploySha) {
    const bases = await mergeBases(git, productionSha, deploySha);
    if (bases.length === 0)
        return false;
    const boundary = shallowBoundary(repository);
    // Boundary commits that no merge base reaches could hide commits of the range.
    const hidden = await git.run(['rev-list', '--max-count=1', ...boundary, '--not', ...bases]);
    if (hidden.trim() !== '')
        return false;
    // A root commit inside the range may only look foreign to the other side because that side's
    // history is cut off above it (a branch forked near the root and merged after production):
    // counting now would ship old commits again. A truly separate root survives --unshallow.
    const root = await git.run(['rev-list', '--max-count=1', '--max-parents=0', `${productionSha}...${deploySha}`]);
    if (root.trim() !== '')
        return false;
    // The same trap without a root: a commit of the range may be reachable from the other side only
    // through history still cut off. Such a commit is older than the boundary commit it hides
    // behind, so while the range holds a commit no newer than the newest boundary commit, deepen.
    // (Committer dates can lie; then this only deepens more than needed, or at worst overcounts.)
    const boundaryDates = (await git.run(['show', '--no-patch', '--format=%ct', ...boundary])).split('\n').filter(Boolean).map(Number);
    const old = await git.run(['rev-list', '--max-count=1', `--min-age=${Math.max(...boundaryDates)}`, `${productionSha}...${deploySha}`]);
    return old.trim() === '';
}
async function mergeBases(git, a, b) {
    const output = await git.tryRun(['merge-base', '--all', a, b]);
    // Exit 1 with no output means "no common ancestor", which is an answer, not a failure.
    if (output.exitCode > 1)
        throw new Error(`git merge-base failed: ${output.stderr.trim()}`);
    return output.stdout.split('\n').filter(isFullSha);
}

;// CONCATENATED MODULE: ./src/range/types.ts
// What a deploy range is: the commit being deployed, the commit production runs, and how they
// relate. Shared by every gate that looks at "what this deploy ships" (forward-sha, pre-deploy,
// migrations).
function relationFromCounts(aheadBy, behindBy) {
    if (aheadBy === 0 && behindBy === 0)
        return 'identical';
    if (behindBy === 0)
        return 'ahead';
    if (aheadBy === 0)
        return 'behind';
    return 'diverged';
}

;// CONCATENATED MODULE: ./src/range/walk.ts
// The walk over production...deploy: both counts, the newest commits of each side and, when the
// whole range was listed, its boundary (where the two sides fork).
//
// Two ways, by how many commits the caller wants listed:
// - a bounded list (forward-sha: 100 per side): a `--max-count` listing, which on the usual small
//   range is complete by itself (one git process). When it is still running after a few
//   milliseconds the range is long, and `git rev-list --count` starts beside it: counting is cheap,
//   while writing every commit of a 20,000-commit range into a pipe is not (~60 ms of a full
//   walk). The answer never depends on the timing, only how soon it comes.
// - every commit (pre-deploy reads them all): one `git log --left-right`, streamed so that a huge
//   range never sits in memory.
/** Up to this many listed commits per side, the listing is bounded (and counting separate). */
const BOUNDED_LIST_LIMIT = 10_000;
/** A listing still running after this long is over a long range: start counting beside it. */
const COUNT_AFTER_MS = 8;
const FIELDS = ['%m', '%H', '%P', '%an', '%ae', '%aI', '%s'];
/**
 * `productionSha` and `deploySha` are full SHAs; each is walked as `<sha>^{commit}`, so that an
 * object which is not a commit makes git fail instead of being walked.
 */
async function walkRange(git, productionSha, deploySha, options) {
    const range = `${productionSha}^{commit}...${deploySha}^{commit}`;
    if (options.listLimit < 1 || options.listLimit > BOUNDED_LIST_LIMIT)
        return listRange(git, range, options, undefined);
    const maxRecords = 2 * options.listLimit;
    let counting;
    const startCounting = () => (counting ??= git.run(['rev-list', '--left-right', '--count', range, '--']));
    const longRange = setTimeout(startCounting, COUNT_AFTER_MS);
    let listed;
    try {
        listed = await listRange(git, range, options, maxRecords);
    }
    finally {
        clearTimeout(longRange);
    }
    if (listed.aheadBy + listed.behindBy < maxRecords) {
        // Fewer commits than asked for: the listing is the whole range, its counts and boundary exact.
        counting?.catch(() => undefined);
        return listed;
    }
    const counts = await startCounting();
    const [behindBy, aheadBy] = counts.trim().split(/\s+/).map(Number);
    if (!Number.isSafeInteger(behindBy) || !Number.isSafeInteger(aheadBy))
        throw new Error(`unexpected output from git rev-list --count: ${JSON.stringify(counts.slice(0, 80))}`);
    if (listed.aheadBy === aheadBy && listed.behindBy === behindBy)
        return listed;
    // The listing stopped at maxRecords, in date order: one side may have crowded out the other.
    const walk = { ...listed, aheadBy, behindBy, boundary: undefined };
    if (walk.shipping.length < Math.min(aheadBy, options.listLimit))
        walk.shipping = await listSide(git, deploySha, productionSha, options);
    if (walk.dropped.length < Math.min(behindBy, options.listLimit))
        walk.dropped = await listSide(git, productionSha, deploySha, options);
    return walk;
}
/** One `git log --left-right --boundary` over the range, at most `maxRecords` commits when given. */
async function listRange(git, range, { listLimit, withBodies = false }, maxRecords) {
    const walk = { aheadBy: 0, behindBy: 0, shipping: [], dropped: [], boundary: [] };
    const limit = maxRecords === undefined ? [] : [`--max-count=${maxRecords}`];
    const args = ['log', '--left-right', '--boundary', '--no-show-signature', ...limit, `--format=${formatOf(withBodies)}`, range, '--'];
    await git.forEachRecord(args, '\x1e', (record) => {
        // Records after the first start with the newline git puts between them.
        const mark = record.charCodeAt(0) === 10 ? record[1] : record[0];
        if (mark === '>') {
            walk.aheadBy++;
            if (walk.shipping.length < listLimit)
                walk.shipping.push(parseCommit(record));
        }
        else if (mark === '<') {
            walk.behindBy++;
            if (walk.dropped.length < listLimit)
                walk.dropped.push(parseCommit(record));
        }
        else if (mark === '-') {
            walk.boundary.push(parseCommit(record).sha);
        }
        else {
            throw new Error(`unexpected record from git log --left-right: ${JSON.stringify(record.slice(0, 80))}`);
        }
    });
    return walk;
}
/** The newest `listLimit` commits that `tip` has and `other` does not. */
async function listSide(git, tip, other, { listLimit, withBodies = false }) {
    const commits = [];
    const args = ['log', '--no-show-signature', `--max-count=${listLimit}`, `--format=${formatOf(withBodies)}`, `${tip}^{commit}`, `^${other}^{commit}`, '--'];
    await git.forEachRecord(args, '\x1e', (record) => commits.push(parseCommit(record)));
    return commits;
}
function formatOf(withBodies) {
    return [...FIELDS, ...(withBodies ? ['%b'] : [])].join('%x00') + '%x1e';
}
function parseCommit(record) {
    const [, sha = '', parents = '', authorName = '', authorEmail = '', date = '', subject = '', body] = record.replace(/^\n/, '').split('\x00');
    const commit = { sha, parents: parents.split(' ').filter(Boolean).length, authorName, authorEmail, date, subject };
    if (body !== undefined)
        commit.body = body.trim();
    return commit;
}

;// CONCATENATED MODULE: ./src/range/git-range.ts
// Finds the deploy range with local git. Works on the default actions/checkout (fetch-depth 1):
// it fetches what is missing and deepens the history just enough, and it never counts commits
// on a shallow history that could hide part of the range. On a complete checkout it costs two
// git processes (a name lookup and one walk), and one when the names can be read from the git
// directory: the gate runs in front of every deploy.








async function resolveGitRange(git, request) {
    const remote = request.remote ?? 'origin';
    const notes = [];
    const repository = await openRepository(git);
    const canFetch = request.fetch && (await remoteNames(git)).includes(remote);
    const fetch = canFetch ? { remote, shallow: isShallow(repository), notes } : undefined;
    const production = request.production;
    const productionFoundBy = 'sha' in production ? production.foundBy : `ref ${production.ref}`;
    if (!canFetch) {
        const quick = await quickRange(git, repository, request, remote);
        if (quick)
            return { ...quick, production: { sha: quick.production.sha, foundBy: productionFoundBy }, history: { source: 'git', notes } };
    }
    const [deploySha, productionSha] = await resolveCommits(git, [
        { ref: request.deployRef, inputName: 'sha' },
        'sha' in production ? { ref: production.sha, inputName: 'production' } : production,
    ], remote, fetch);
    const productionCommit = { sha: productionSha, foundBy: productionFoundBy };
    const range = { deploySha: deploySha, production: productionCommit, listLimit: request.listLimit, history: { source: 'git', notes } };
    if (productionSha === deploySha) {
        return { ...range, relation: 'identical', aheadBy: 0, behindBy: 0, mergeBaseSha: deploySha, shipping: [], dropped: [] };
    }
    if (isShallow(repository)) {
        await completeShallowHistory(git, repository, {
            productionSha: productionSha,
            deploySha: deploySha,
            remote,
            canFetch,
            notes,
            maxRounds: request.maxDeepenRounds ?? 8,
        });
    }
    const walk = await walkRange(git, productionSha, deploySha, { listLimit: request.listLimit, withBodies: request.withBodies });
    return { ...range, ...(await rangeFromWalk(git, walk, productionSha, deploySha)) };
}
/**
 * The common case in one git process: a complete (not shallow) history, no fetching, and names
 * that can be read from the git directory. The walk itself checks that both are commits; when it
 * fails, undefined sends the caller down the full path, whose errors name the input at fault.
 * (A full SHA of an annotated tag object is walked as its commit, as git does; it is reported as
 * given. Inputs come from github.sha, deployments and refs, which name commits.)
 */
async function quickRange(git, repository, request, remote) {
    if (isShallow(repository))
        return undefined;
    const refs = RefFiles.open(repository.gitDir);
    if (!refs)
        return undefined;
    const resolveName = (ref) => ref.startsWith('refs/') || ref === 'HEAD' || ref.startsWith(`${remote}/`) || isFullSha(ref)
        ? refs.resolveCommit(ref)
        : (refs.resolveCommit(`refs/remotes/${remote}/${ref}`) ?? refs.resolveCommit(ref));
    const deploySha = resolveName(request.deployRef);
    const productionSha = 'sha' in request.production ? refs.resolveCommit(request.production.sha) : resolveName(request.production.ref);
    // Identical SHAs need no walk, so nothing would check that they name a commit: the full path does.
    if (!deploySha || !productionSha || deploySha === productionSha)
        return undefined;
    let walk;
    try {
        walk = await walkRange(git, productionSha, deploySha, { listLimit: request.listLimit, withBodies: request.withBodies });
    }
    catch (error) {
        if (error instanceof git_git/* GitError */.X)
            return undefined;
        throw error;
    }
    return {
        deploySha,
        production: { sha: productionSha, foundBy: '' },
        listLimit: request.listLimit,
        history: { source: 'git', notes: [] },
        ...(await rangeFromWalk(git, walk, productionSha, deploySha)),
    };
}
async function rangeFromWalk(git, walk, productionSha, deploySha) {
    const relation = relationFromCounts(walk.aheadBy, walk.behindBy);
    const mergeBaseSha = relation === 'ahead'
        ? productionSha
        : relation === 'behind'
            ? deploySha
            : walk.boundary?.length === 1
                ? walk.boundary[0]
                : (await mergeBases(git, productionSha, deploySha))[0];
    const { aheadBy, behindBy, shipping, dropped } = walk;
    return { relation, mergeBaseSha, aheadBy, behindBy, shipping, dropped };
}

;// CONCATENATED MODULE: ./src/range/github-range.ts
// Finds the deploy range through the GitHub compare API, for runs without a usable checkout.
// The API compares on the server, on the full history, so nothing here can be shallow.
async function resolveGitHubRange(api, { deployRef, production, listLimit }) {
    const base = 'sha' in production ? production.sha : production.ref;
    const forward = await api.compare(base, deployRef, listLimit);
    const productionCommit = 'sha' in production ? production : { sha: forward.baseSha, foundBy: `ref ${production.ref}` };
    // The compare API lists only base..head; the commits a rollback would drop are head..base.
    const dropped = forward.behindBy > 0 ? (await api.compare(forward.headSha, forward.baseSha, listLimit)).commits : [];
    return {
        deploySha: forward.headSha,
        production: productionCommit,
        relation: forward.status,
        aheadBy: forward.aheadBy,
        behindBy: forward.behindBy,
        mergeBaseSha: forward.mergeBaseSha,
        shipping: forward.commits,
        dropped,
        listLimit,
        history: { source: 'github-compare', notes: [] },
    };
}

;// CONCATENATED MODULE: ./src/range/resolve.ts
// The one way every gate finds "production..sha": by `production-ref` or by the latest successful
// deployment to `environment`, read from local git or from the GitHub compare API.





async function resolveDeployRange(settings, deps) {
    const deployRef = validateRef('sha', settings.sha);
    const production = await findProduction(settings, deps);
    const source = await chooseSource(settings.history, deps);
    if (source === 'github') {
        return resolveGitHubRange(requireApi(deps, 'history: github'), { deployRef, production, listLimit: settings.listLimit });
    }
    return resolveGitRange(new git_git/* Git */.T(deps.workspace), {
        deployRef,
        production,
        listLimit: settings.listLimit,
        withBodies: settings.withBodies,
        fetch: settings.fetch,
    });
}
async function findProduction(settings, deps) {
    if (settings.environment) {
        if (settings.productionRef) {
            throw new model_result/* GateInputError */.ay('inputs `production-ref` and `environment` are both set; set only one of them.');
        }
        const api = requireApi(deps, `environment: ${settings.environment}`);
        const deployment = await api.latestSuccessfulDeployment(settings.environment);
        if (!deployment) {
            throw new model_result/* GateInputError */.ay(`no deployment to environment ${JSON.stringify(settings.environment)} has a successful latest status, so what ` +
                'production runs is unknown. Check the environment name, or set `production-ref` for a first deploy.');
        }
        return {
            sha: deployment.sha,
            foundBy: `deployment ${deployment.id} to ${deployment.environment} (${deployment.createdAt}${deployment.creator ? ` by @${deployment.creator}` : ''})`,
        };
    }
    return { ref: validateRef('production-ref', settings.productionRef ?? 'production'), inputName: 'production-ref' };
}
async function chooseSource(history, deps) {
    if (history !== 'auto')
        return history;
    // Without a checkout the API is the only source; otherwise git, which explains a missing repo.
    if (deps.github && !(await isGitCheckout(deps.workspace)))
        return 'github';
    return 'git';
}
async function isGitCheckout(workspace) {
    const { existsSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23));
    const { join } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
    return existsSync(join(workspace, '.git'));
}
function requireApi(deps, reason) {
    if (!deps.github) {
        throw new model_result/* GateInputError */.ay(`${reason} needs the GitHub API, but no token or repository is available: pass \`token\` ` +
            '(default `${{ github.token }}`; it needs `deployments: read` and `contents: read`).');
    }
    return deps.github;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tH: () => (/* binding */ escapeMarkdownKeepingCode)
/* harmony export */ });
// Untrusted text (commit subjects, author names, API data, values echoed in error messages) in
// markdown: no links, images, HTML, mentions or table breaks can be injected. Everything is
// rendered on one line and only ever placed after other text or inside a table cell, so the
// characters that matter only at the start of a line (#, -, +, >, 1.) need no escape.
const INLINE_SPECIALS = /[\\`*_[\]|~]/g;
const ZERO_WIDTH_SPACE = '\u200b';
function escapeMarkdown(text, maxLength = 300) {
    return escapeInline(oneLine(text, maxLength));
}
/**
 * Like escapeMarkdown, but keeps `code spans` (our messages quote inputs that way). Inside a code
 * span nothing is rendered, so its content is left as it is; with unbalanced backticks every
 * backtick is escaped instead.
 */
function escapeMarkdownKeepingCode(text, maxLength = 2000) {
    const line = oneLine(text, maxLength);
    const parts = line.split('`');
    if (parts.length % 2 === 0)
        return escapeInline(line);
    return parts.map((part, index) => (index % 2 === 1 ? part : escapeInline(part))).join('`');
}
function oneLine(text, maxLength) {
    const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
    return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}
function escapeInline(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(INLINE_SPECIALS, (char) => `\\${char}`)
        // GitHub links bare URLs and notifies @mentions after rendering; a zero-width space stops both.
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
        .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
        .replace(/@(?=\w)/g, `@${ZERO_WIDTH_SPACE}`));
}
/** A link whose visible text is escaped and whose URL we built ourselves. */
function link(text, url) {
    const label = escapeMarkdown(text);
    return url ? `[${label}](${url})` : label;
}
/** Inline code for values we produced (SHAs, ids, dates); backticks inside are dropped. */
function code(text) {
    return `\`${text.replace(/`/g, '')}\``;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, VERDICT_ICON, fitToLimit */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2960);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
// The job summary: the deploy plan. Verdict in the first line, the reasons in the next few,
// the evidence as tables below. Never larger than GitHub's 1 MiB step-summary limit.


const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the truncation notice and for other steps' summaries on the same job. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '⚠️' };
function renderSummary(gates, context) {
    const verdict = (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .combineVerdicts */ .aG)(gates.map(({ result }) => result.verdict));
    const sections = [headline(gates, verdict, context), verdictTable(gates)];
    if (context.annotationsOmitted > 0) {
        sections.push(`_${context.annotationsOmitted} more findings than GitHub shows as annotations (10 per type per step): all of them are listed below._`);
    }
    for (const { gate, result } of gates)
        sections.push(gateSection(gate, result, context.links));
    return fitToLimit(sections);
}
function headline(gates, verdict, context) {
    const failed = gates.filter(({ result }) => result.verdict === 'fail').length;
    const errored = gates.filter(({ result }) => result.verdict === 'error').length;
    const reasons = [failed ? `${failed} ${failed === 1 ? 'gate' : 'gates'} failed` : '', errored ? `${errored} could not decide` : '']
        .filter(Boolean)
        .join(', ');
    const what = context.suite ? 'Deploy' : gates[0].gate.name;
    const title = verdict === 'pass'
        ? `${VERDICT_ICON.pass} ${what}: ${context.suite ? 'allowed' : 'pass'}`
        : `${VERDICT_ICON[verdict]} ${what}: ${context.mode === 'report' ? 'would be blocked (report mode: not enforced)' : 'blocked'}: ${reasons}`;
    return `## ${title}${context.repository ? `\n\n**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(context.repository)}**` : ''}`;
}
function verdictTable(gates) {
    const rows = gates.map(({ result }) => `| ${result.gate} | ${VERDICT_ICON[result.verdict]} ${result.verdict} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownKeepingCode */ .tH)(result.summary, 500)} |`);
    return ['| gate | verdict | why |', '|---|---|---|', ...rows].join('\n');
}
function gateSection(gate, result, links) {
    const parts = [`### ${VERDICT_ICON[result.verdict]} ${gate.name}`];
    const findings = (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(result.findings);
    if (findings.length)
        parts.push(findings.map(renderFinding).join('\n'));
    // A gate that threw has no evidence of its own, only the reason (errorResult's data).
    if (!(result.verdict === 'error' && isErrorData(result.data))) {
        try {
            const details = gate.renderMarkdown(result, links);
            if (details)
                parts.push(details);
        }
        catch {
            // Evidence that cannot be rendered must not hide the verdict, which is already above.
        }
    }
    return parts.join('\n\n');
}
function isErrorData(data) {
    return typeof data === 'object' && data !== null && 'reason' in data && Object.keys(data).length === 1;
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function renderFinding(finding) {
    const where = finding.file ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.file)}${finding.line ? `:${finding.line}` : ''})` : '';
    return `- ${SEVERITY_ICON[finding.severity]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(finding.id)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownKeepingCode */ .tH)(finding.message)}${where}`;
}
/**
 * Keeps whole sections while they fit, then cuts the one that does not at a line boundary and
 * says so: a summary over the limit makes the runner drop it entirely.
 */
function fitToLimit(sections, budget = SUMMARY_BUDGET_BYTES) {
    const notice = '\n\n_The summary was cut at GitHub’s 1 MiB limit: the `result` output and `--format json` hold everything._\n';
    let used = 0;
    const kept = [];
    for (const section of sections) {
        const size = Buffer.byteLength(section) + 2;
        if (used + size <= budget) {
            kept.push(section);
            used += size;
            continue;
        }
        const lines = [];
        for (const line of section.split('\n')) {
            const lineSize = Buffer.byteLength(line) + 1;
            if (used + lineSize > budget)
                break;
            lines.push(line);
            used += lineSize;
        }
        if (lines.length)
            kept.push(lines.join('\n'));
        return kept.join('\n\n') + notice;
    }
    return `${kept.join('\n\n')}\n`;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2960);
// The terminal report of the CLI: the same facts as the job summary, without markdown.

const LABEL = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' };
function renderText(gates) {
    const verdict = (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .combineVerdicts */ .aG)(gates.map(({ result }) => result.verdict));
    const lines = [];
    if (gates.length > 1)
        lines.push(`deploy-gates: ${LABEL[verdict]}`, '');
    for (const { gate, result } of gates) {
        lines.push(`${gate.name}: ${LABEL[result.verdict]}: ${result.summary}`);
        for (const finding of (0,_model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .Tc)(result.findings)) {
            const where = finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : '';
            lines.push(`  [${finding.severity}] ${finding.id}: ${finding.message}${where}`);
        }
        if (result.verdict !== 'error') {
            const details = gate.renderText(result);
            if (details)
                lines.push(...details.split('\n').map((line) => `  ${line}`));
        }
        lines.push('');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 6561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ runGates)
/* harmony export */ });
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7026);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2960);
// Runs gates the same way for the action and the CLI: settings in, results out. A gate that
// throws ends in `error` with the reason; nothing here can turn a failure into a pass.


async function runGates({ gates, stepInput, config, env }) {
    const rendered = [];
    // One after the other: gates share the checkout, and a deepening fetch must not race another.
    for (const gate of gates)
        rendered.push({ gate, result: await runOne(gate, stepInput, config, env) });
    return rendered;
}
async function runOne(gate, stepInput, config, env) {
    try {
        const inputs = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInputs */ .TL)(gate.inputs, {
            fromStep: stepInput,
            fromConfig: (name) => config.value(gate.name, name),
        });
        return await gate.run(inputs, env);
    }
    catch (error) {
        return (0,_model_result_js__WEBPACK_IMPORTED_MODULE_1__/* .errorResult */ .WG)(gate.name, error);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 8967:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("wasi");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction),
  a: () => (/* reexport */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __nccwpck_require__(3797);
// EXTERNAL MODULE: ./src/gates/registry.ts + 8 modules
var registry = __nccwpck_require__(2790);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __nccwpck_require__(7026);
// EXTERNAL MODULE: ./src/model/result.ts
var result = __nccwpck_require__(2960);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
// EXTERNAL MODULE: ./src/run/run-gates.ts
var run_gates = __nccwpck_require__(6561);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __nccwpck_require__(7593);
;// CONCATENATED MODULE: ./src/cli/main.ts
// `deploy-gates <gate> [flags]`: runs any gate locally, with flags that mirror the action's
// inputs. Exit status: 0 pass, 1 fail, 2 error or bad usage.









const EXIT_CODES = { pass: 0, fail: 1, error: 2 };
const CLI_INPUTS = [
    { name: 'format', kind: 'enum', values: ['text', 'json', 'markdown'], description: 'Report format. Default: text on a terminal, json otherwise.' },
    { name: 'cwd', kind: 'string', description: 'The git checkout to look at. Default: the current directory.' },
    { name: 'repo', kind: 'string', description: 'owner/name on GitHub, for the API (environment, history: github). Default: $GITHUB_REPOSITORY.' },
    { name: 'api-url', kind: 'string', description: 'GitHub API URL (GitHub Enterprise Server). Default: $GITHUB_API_URL or https://api.github.com.' },
    { name: 'fetch', kind: 'boolean', description: 'Let the gate fetch missing refs and deepen a shallow clone from origin. Default: false.' },
];
async function runCli(argv, io = processIo()) {
    const [command, ...rest] = argv;
    try {
        if (!command || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(mainHelp());
            return command ? 0 : 2;
        }
        if (command === 'migrations' && rest[0] === 'calibrate') {
            const { runCalibrate } = await __nccwpck_require__.e(/* import() */ 143).then(__nccwpck_require__.bind(__nccwpck_require__, 8143));
            return await runCalibrate(rest.slice(1), io);
        }
        if (command === 'demo') {
            const { runDemo } = await __nccwpck_require__.e(/* import() */ 155).then(__nccwpck_require__.bind(__nccwpck_require__, 1155));
            return await runDemo(io);
        }
        const gates = command === 'run' ? [...registry/* GATES */.J] : [(0,registry/* findGate */.Z)(command)].filter((gate) => gate !== undefined);
        if (gates.length === 0)
            throw new cli_args/* UsageError */.eb(`unknown command ${JSON.stringify(command)}`);
        return await runGateCommand(command, gates, rest, io);
    }
    catch (error) {
        if (error instanceof cli_args/* UsageError */.eb || error instanceof result/* GateInputError */.ay) {
            const helpFor = command === 'migrations' && rest[0] === 'calibrate' ? 'migrations calibrate ' : command && (0,registry/* findGate */.Z)(command) ? `${command} ` : '';
            io.stderr(`deploy-gates: ${error.message}\nRun \`deploy-gates ${helpFor}--help\` for usage.\n`);
            return 2;
        }
        io.stderr(`deploy-gates: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
}
async function runGateCommand(command, gates, argv, io) {
    const specs = uniqueSpecs([...spec/* COMMON_INPUTS */.s7, ...CLI_INPUTS, ...gates.flatMap((gate) => gate.inputs)]);
    const args = (0,cli_args/* parseArgs */.Zy)(argv, specs);
    if (args.help) {
        io.stdout(gateHelp(command, gates, specs));
        return 0;
    }
    if (args.positionals.length)
        throw new cli_args/* UsageError */.eb(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
    const flag = (name) => args.values.get(name);
    const common = (0,spec/* parseInputs */.TL)([...spec/* COMMON_INPUTS */.s7, ...CLI_INPUTS], { fromStep: flag, fromConfig: () => undefined });
    const workspace = (0,external_node_path_.resolve)(io.cwd, common['cwd'] ?? '.');
    const format = common['format'] ?? (io.isTerminal ? 'text' : 'json');
    const mode = common['mode'];
    const config = await (0,config_file/* loadConfig */.Z9)((0,external_node_path_.resolve)(workspace, common['config']), {
        required: args.values.has('config'),
        gates: new Map(registry/* GATES */.J.map((gate) => [gate.name, gate.inputs])),
    });
    const run = cliRunContext(common, io.env);
    const github = await githubApi(common, run.repo, io.env);
    const rendered = await (0,run_gates/* runGates */.A)({ gates, stepInput: flag, config, env: { workspace, run, github, fetch: common['fetch'] === true } });
    io.stdout(render(format, rendered, run, mode, command === 'run'));
    const verdict = (0,result/* combineVerdicts */.aG)(rendered.map(({ result }) => result.verdict));
    return mode === 'report' ? 0 : EXIT_CODES[verdict];
}
function render(format, rendered, run, mode, suite) {
    if (format === 'json') {
        const results = rendered.map(({ result }) => result);
        const body = results.length === 1 ? results[0] : { verdict: (0,result/* combineVerdicts */.aG)(results.map((r) => r.verdict)), gates: results };
        return `${JSON.stringify(body, null, 2)}\n`;
    }
    if (format === 'markdown') {
        const base = run.repo && run.serverUrl ? `${run.serverUrl}/${run.repo.owner}/${run.repo.repo}` : undefined;
        return (0,markdown/* renderSummary */.Br)(rendered, {
            links: { commit: (sha) => (base ? `${base}/commit/${sha}` : undefined), user: () => undefined },
            repository: run.repo ? `${run.repo.owner}/${run.repo.repo}` : undefined,
            suite,
            mode,
            annotationsOmitted: 0,
        });
    }
    return (0,report_text/* renderText */.S)(rendered);
}
function cliRunContext(common, env) {
    const repo = parseRepo(common['repo'] ?? env['GITHUB_REPOSITORY']);
    return {
        defaultSha: 'HEAD',
        actor: env['GITHUB_TRIGGERING_ACTOR'] || env['GITHUB_ACTOR'] || env['USER'] || undefined,
        repo,
        serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
    };
}
function parseRepo(value) {
    if (!value)
        return undefined;
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
    if (!match)
        throw new cli_args/* UsageError */.eb(`--repo ${JSON.stringify(value)} is not of the form owner/name`);
    return { owner: match[1], repo: match[2] };
}
async function githubApi(common, repo, env) {
    const token = common['token'] || env['GITHUB_TOKEN'] || env['GH_TOKEN'];
    if (!token || !repo)
        return undefined;
    const { createGitHubApi } = await __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 1731));
    const baseUrl = common['api-url'] || env['GITHUB_API_URL'] || 'https://api.github.com';
    return createGitHubApi({ token, repo, baseUrl, log: () => undefined });
}
function uniqueSpecs(specs) {
    const seen = new Map();
    for (const spec of specs)
        if (!seen.has(spec.name))
            seen.set(spec.name, spec);
    return [...seen.values()];
}
function mainHelp() {
    return [
        'deploy-gates: decide whether a deploy may go ahead.',
        '',
        'Usage: deploy-gates <command> [options]',
        '',
        'Commands:',
        ...registry/* GATES */.J.map((gate) => `  ${gate.name.padEnd(14)} ${gate.question}`),
        `  ${'run'.padEnd(14)} Run every gate, as the root action does.`,
        `  ${'migrations calibrate'} Measure the migrations cost model's rates on your staging database.`,
        `  ${'demo'.padEnd(14)} Build a throwaway repository and run every gate on built-in sample data.`,
        '',
        'Exit status: 0 pass, 1 fail, 2 error (could not decide) or bad usage.',
        'Run `deploy-gates <command> --help` for its options.',
        '',
    ].join('\n');
}
function gateHelp(command, gates, specs) {
    const question = gates.length === 1 ? gates[0].question : 'Runs every gate.';
    return [
        `Usage: deploy-gates ${command} [options]`,
        '',
        question,
        '',
        'Options (the action inputs of the same names; booleans: --flag, --no-flag or --flag=false):',
        (0,cli_args/* formatOptions */.or)(specs.filter((spec) => spec.name !== 'token')),
        '  --token <value>\n      GitHub token for the API. Default: $GITHUB_TOKEN or $GH_TOKEN. Never printed.',
        '',
        'Exit status: 0 pass, 1 fail, 2 error (could not decide) or bad usage; always 0 with --mode report.',
        '',
    ].join('\n');
}
function processIo() {
    return {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        isTerminal: Boolean(process.stdout.isTTY),
        env: process.env,
        cwd: process.cwd(),
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// The one shared bundle's exports. The CLI is part of the main chunk (it starts in front of every
// local check, and a chunk costs a module load); the action half, with the Actions toolkit and
// Octokit, loads only when an action runs.

async function runAction(target) {
    const { runAction: runActionEntry } = await Promise.all(/* import() */[__nccwpck_require__.e(758), __nccwpck_require__.e(260), __nccwpck_require__.e(264), __nccwpck_require__.e(425)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5425));
    await runActionEntry(target);
}

var __webpack_exports__runAction = __webpack_exports__.C;
var __webpack_exports__runCli = __webpack_exports__.a;
export { __webpack_exports__runAction as runAction, __webpack_exports__runCli as runCli };

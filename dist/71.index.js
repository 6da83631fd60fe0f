export const id = 71;
export const ids = [71];
export const modules = {

/***/ 3071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_CODES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __webpack_require__(3797);
// EXTERNAL MODULE: ./src/gates/registry.ts + 12 modules
var registry = __webpack_require__(5932);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(7026);
// EXTERNAL MODULE: ./src/model/result.ts
var result = __webpack_require__(2960);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/run/run-gates.ts
var run_gates = __webpack_require__(6561);
;// CONCATENATED MODULE: ./src/cli/args.ts
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
        if (command === 'demo') {
            const { runDemo } = await __webpack_require__.e(/* import() */ 155).then(__webpack_require__.bind(__webpack_require__, 1155));
            return await runDemo(io);
        }
        const gates = command === 'run' ? [...registry/* GATES */.J] : [(0,registry/* findGate */.Z)(command)].filter((gate) => gate !== undefined);
        if (gates.length === 0)
            throw new UsageError(`unknown command ${JSON.stringify(command)}`);
        return await runGateCommand(command, gates, rest, io);
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof result/* GateInputError */.ay) {
            io.stderr(`deploy-gates: ${error.message}\nRun \`deploy-gates ${command && (0,registry/* findGate */.Z)(command) ? `${command} ` : ''}--help\` for usage.\n`);
            return 2;
        }
        io.stderr(`deploy-gates: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
}
async function runGateCommand(command, gates, argv, io) {
    const specs = uniqueSpecs([...spec/* COMMON_INPUTS */.s7, ...CLI_INPUTS, ...gates.flatMap((gate) => gate.inputs)]);
    const args = parseArgs(argv, specs);
    if (args.help) {
        io.stdout(gateHelp(command, gates, specs));
        return 0;
    }
    if (args.positionals.length)
        throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
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
        throw new UsageError(`--repo ${JSON.stringify(value)} is not of the form owner/name`);
    return { owner: match[1], repo: match[2] };
}
async function githubApi(common, repo, env) {
    const token = common['token'] || env['GITHUB_TOKEN'] || env['GH_TOKEN'];
    if (!token || !repo)
        return undefined;
    const { createGitHubApi } = await __webpack_require__.e(/* import() */ 731).then(__webpack_require__.bind(__webpack_require__, 1731));
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
        formatOptions(specs.filter((spec) => spec.name !== 'token')),
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


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
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


/***/ })

};

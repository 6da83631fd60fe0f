export const id = 425;
export const ids = [425];
export const modules = {

/***/ 5425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: linksFor

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var lib_github = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __webpack_require__(3797);
// EXTERNAL MODULE: ./src/gates/registry.ts + 8 modules
var registry = __webpack_require__(2790);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(7026);
// EXTERNAL MODULE: ./src/model/result.ts
var model_result = __webpack_require__(2960);
;// CONCATENATED MODULE: ./src/report/annotations.ts
// Annotations: GitHub shows at most 10 per type (error, warning, notice) per step, so the
// worst findings of each type are chosen and the rest counted for the summary to mention.

const ANNOTATIONS_PER_TYPE = 10;
function selectAnnotations(results) {
    // Findings of failing/erroring gates come first: they are the reason the deploy stops.
    const ordered = [...results].sort((a, b) => Number(a.verdict === 'pass') - Number(b.verdict === 'pass'));
    const perType = { error: [], warning: [], notice: [] };
    let omitted = 0;
    for (const result of ordered) {
        for (const finding of (0,model_result/* sortFindings */.Tc)(result.findings)) {
            const bucket = perType[finding.severity];
            if (bucket.length >= ANNOTATIONS_PER_TYPE) {
                omitted++;
                continue;
            }
            bucket.push(toAnnotation(result.gate, finding));
        }
    }
    return { annotations: [...perType.error, ...perType.warning, ...perType.notice], omitted };
}
function toAnnotation(gate, finding) {
    return {
        severity: finding.severity,
        title: `${gate}: ${finding.title ?? finding.id}`,
        message: `${finding.id}: ${finding.message}`,
        file: finding.file,
        line: finding.line,
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/run/run-gates.ts
var run_gates = __webpack_require__(6561);
;// CONCATENATED MODULE: ./src/action/run-action.ts
// The GitHub Action entry: reads the step's inputs once, runs the gates, and reports through
// the runner (outputs, job summary, annotations, exit status). Any throw ends in setFailed.










/** `target` is a gate name, or `suite` for the root action that runs several gates. */
async function runAction(target) {
    try {
        const gates = selectGates(target);
        const common = (0,spec/* parseInputs */.TL)(spec/* COMMON_INPUTS */.s7, { fromStep: (name) => core/* getInput */.V4(name), fromConfig: () => undefined });
        const token = common['token'];
        if (token)
            core/* setSecret */.Pq(token);
        const mode = common['mode'];
        const configPath = common['config'];
        const run = runContext();
        const github = token && run.repo ? await (await __webpack_require__.e(/* import() */ 731).then(__webpack_require__.bind(__webpack_require__, 1731))).createGitHubApi({ token, repo: run.repo, baseUrl: lib_github.context.apiUrl, log: core/* info */.pq }) : undefined;
        const rendered = await runWithConfig(gates, configPath, run, github);
        await report(target, rendered, run, mode);
    }
    catch (error) {
        core/* setOutput */.uH('verdict', 'error');
        core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
function selectGates(target) {
    if (target !== 'suite') {
        const gate = (0,registry/* findGate */.Z)(target);
        if (!gate)
            throw new Error(`internal: no gate named ${target}`);
        return [gate];
    }
    const requested = core/* getInput */.V4('gates').trim();
    if (!requested || requested === 'all')
        return [...registry/* GATES */.J];
    return requested.split(',').map((name) => {
        const gate = (0,registry/* findGate */.Z)(name.trim());
        if (!gate) {
            throw new model_result/* GateInputError */.ay(`input \`gates\` names ${JSON.stringify(name.trim())}, which is not a gate; accepted: all, ${registry/* GATES */.J.map((g) => g.name).join(', ')}.`);
        }
        return gate;
    });
}
async function runWithConfig(gates, configPath, run, github) {
    // Only a file at the default path may be missing; a path someone wrote down must exist.
    const explicitConfig = configPath !== spec/* COMMON_INPUTS */.s7.find((input) => input.name === 'config')?.default;
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const config = await (0,config_file/* loadConfig */.Z9)((0,external_node_path_.resolve)(workspace, configPath), {
        required: explicitConfig,
        gates: new Map(registry/* GATES */.J.map((gate) => [gate.name, gate.inputs])),
    }).catch((error) => error);
    if (config instanceof Error) {
        // A broken config file means no gate can know its settings: every gate could not decide.
        return gates.map((gate) => ({ gate, result: (0,model_result/* errorResult */.WG)(gate.name, config) }));
    }
    // Secrets are masked the moment they are read, before any gate could print them.
    for (const spec of gates.flatMap((gate) => gate.inputs)) {
        const value = spec.secret ? core/* getInput */.V4(spec.name) : '';
        if (value)
            core/* setSecret */.Pq(value);
    }
    return (0,run_gates/* runGates */.A)({
        gates,
        stepInput: (name) => core/* getInput */.V4(name),
        config,
        env: { workspace, run, github, fetch: true },
    });
}
function runContext() {
    const pullRequest = lib_github.context.payload.pull_request;
    // On pull_request events github.sha is a temporary merge commit; the PR head is what ships.
    const defaultSha = (lib_github.context.eventName.startsWith('pull_request') && pullRequest?.head?.sha) || lib_github.context.sha || 'HEAD';
    const repository = process.env['GITHUB_REPOSITORY'];
    const repo = repository?.includes('/') ? lib_github.context.repo : undefined;
    const serverUrl = lib_github.context.serverUrl;
    return {
        defaultSha,
        actor: process.env['GITHUB_TRIGGERING_ACTOR'] || lib_github.context.actor || undefined,
        eventName: lib_github.context.eventName,
        repo,
        serverUrl,
        runUrl: repo && lib_github.context.runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${lib_github.context.runId}` : undefined,
    };
}
function linksFor(run) {
    const base = run.repo && run.serverUrl ? `${run.serverUrl}/${run.repo.owner}/${run.repo.repo}` : undefined;
    return {
        commit: (sha) => (base && /^[0-9a-f]{7,64}$/i.test(sha) ? `${base}/commit/${sha}` : undefined),
        user: (login) => (run.serverUrl && /^[A-Za-z0-9-]+(\[bot\])?$/.test(login) ? `${run.serverUrl}/${login.replace('[bot]', '')}` : undefined),
    };
}
async function report(target, rendered, run, mode) {
    const results = rendered.map(({ result }) => result);
    const verdict = (0,model_result/* combineVerdicts */.aG)(results.map((result) => result.verdict));
    core/* setOutput */.uH('verdict', verdict);
    core/* setOutput */.uH('result', JSON.stringify(target === 'suite' ? { verdict, gates: results } : results[0]));
    for (const { gate, result } of rendered) {
        if (result.verdict === 'error')
            continue; // no half-made outputs from a gate that could not decide
        for (const [name, value] of Object.entries(gate.outputValues(result)))
            core/* setOutput */.uH(name, value);
    }
    const { annotations, omitted } = selectAnnotations(results);
    for (const annotation of annotations) {
        const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
        if (annotation.severity === 'error')
            core/* error */.z3(annotation.message, properties);
        else if (annotation.severity === 'warning')
            core/* warning */.$e(annotation.message, properties);
        else
            core/* notice */.lm(annotation.message, properties);
    }
    const markdown = (0,report_markdown/* renderSummary */.Br)(rendered, {
        links: linksFor(run),
        repository: run.repo ? `${run.repo.owner}/${run.repo.repo}` : undefined,
        suite: target === 'suite',
        mode,
        annotationsOmitted: omitted,
    });
    if (process.env['GITHUB_STEP_SUMMARY'])
        await core/* summary */.z.addRaw(markdown).write();
    else
        core/* info */.pq(markdown);
    for (const { result } of rendered)
        core/* info */.pq(`${result.gate}: ${result.verdict}: ${result.summary}`);
    if (verdict !== 'pass') {
        const message = `deploy-gates: ${verdict}: ${results.filter((r) => r.verdict !== 'pass').map((r) => `${r.gate} ${r.verdict}`).join(', ')}`;
        if (mode === 'enforce')
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(`${message} (mode: report, the step does not fail)`);
    }
}


/***/ })

};

export const id = 155;
export const ids = [155];
export const modules = {

/***/ 1155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_config_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3797);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5275);
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5932);
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2960);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5655);
/* harmony import */ var _run_run_gates_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6561);
// `npm run demo`: a throwaway repository with a production branch and a deploy branch, every
// gate run on it with built-in sample data, the report printed, everything removed afterwards.









async function runDemo(io) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'deploy-gates-demo-'));
    try {
        const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(root);
        await buildSampleRepository(git);
        io.stdout(`deploy-gates demo: sample repository in ${root}\n\n`);
        const scenarios = [
            {
                title: 'A normal deploy: main is ahead of production',
                explanation: 'main contains everything production runs (the hotfix was merged back), so the deploy only adds commits.',
                deployRef: 'main',
                expected: 'pass',
            },
            {
                title: 'A deploy that would drop a hotfix',
                explanation: 'production got a hotfix that was never merged back into release/2026-11.',
                deployRef: 'release/2026-11',
                expected: 'fail',
            },
        ];
        let asExpected = true;
        for (const [index, scenario] of scenarios.entries()) {
            const rendered = await (0,_run_run_gates_js__WEBPACK_IMPORTED_MODULE_8__/* .runGates */ .A)({
                gates: _gates_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .GATES */ .J,
                stepInput: (name) => ({ sha: scenario.deployRef, 'production-ref': 'production' })[name],
                config: _config_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_CONFIG */ .$v,
                env: { workspace: root, run: { defaultSha: 'HEAD', actor: 'demo-user' }, fetch: false },
            });
            const verdict = (0,_model_result_js__WEBPACK_IMPORTED_MODULE_6__/* .combineVerdicts */ .aG)(rendered.map(({ result }) => result.verdict));
            asExpected &&= verdict === scenario.expected;
            io.stdout(`=== ${index + 1}. ${scenario.title}\n${scenario.explanation}\n\n${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S)(rendered)}\n`);
        }
        io.stdout(asExpected ? 'Both scenarios ended as expected.\n' : 'A scenario did not end as expected: this is a bug.\n');
        return asExpected ? 0 : 1;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(root, { recursive: true, force: true });
    }
}
async function buildSampleRepository(git) {
    await git.run(['init', '--quiet', '--initial-branch=main']);
    let clock = Date.parse('2026-11-02T09:00:00Z') / 1000;
    // Fixed identities and dates: the demo prints the same report on every machine.
    const as = async (author, args) => {
        clock += 3600;
        const email = `${author.toLowerCase().replace(/\W+/g, '.')}@example.com`;
        await git.run(['-c', `user.name=${author}`, '-c', `user.email=${email}`, ...args], {
            env: { GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
        });
    };
    const commit = async (subject, author, file) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.cwd, file)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.cwd, file), `# ${subject}\n`);
        await git.run(['add', '--', file]);
        await as(author, ['commit', '--quiet', '-m', subject]);
    };
    await commit('ENG-390 Initial shop', 'Dana Ops', 'app/shop.rb');
    await commit('ENG-395 Add invoices', 'Lee Dev', 'app/invoice.rb');
    await git.run(['branch', 'production']);
    await commit('ENG-401 Split invoice PDF rendering', 'Lee Dev', 'app/invoice_pdf.rb');
    await commit('ENG-412 Email lookup for orders', 'Sam Dev', 'app/order_search.rb');
    await git.run(['branch', 'release/2026-11']);
    await git.run(['checkout', '--quiet', 'production']);
    await commit('ENG-420 Hotfix: refund rounding', 'Dana Ops', 'app/refund.rb');
    await git.run(['checkout', '--quiet', 'main']);
    await as('Dana Ops', ['merge', '--quiet', '--no-ff', '-m', 'Merge production hotfixes into main', 'production']);
    await commit('Fix typo in checkout page', 'Lee Dev', 'app/views/checkout.txt');
}


/***/ })

};

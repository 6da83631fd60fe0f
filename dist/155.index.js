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
/* harmony import */ var _gates_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2790);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5655);
/* harmony import */ var _run_run_gates_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6561);
// `npm run demo`: a throwaway repository with a production branch and a deploy branch, every
// gate run on it with built-in sample data, the report printed, everything removed afterwards.








/** The demo's tracker: the `file` tracker's format, as a team would keep it in the repository. */
const SAMPLE_ISSUES = `projects: [ENG, OPS]
issues:
  ENG-401:
    title: Split invoice PDF rendering
    status: Ready for Deploy
    assignee: Lee Dev
    fields:
      Risk Assessment: "low: behind flag pdf_v2"
      Post-deploy Checks: open an invoice, check the PDF
  ENG-412:
    title: Email lookup for orders
    status: In Review
    assignee: Sam Dev
    fields:
      Risk Assessment: medium
  ENG-420:
    title: Refund rounding
    status: Done
    assignee: Dana Ops
    fields:
      Risk Assessment: low
      Post-deploy Checks: refund 0.05 EUR
`;
/** Production's table sizes, as a nightly job would export them (see the migrations gate's `table-stats`). */
const SAMPLE_TABLE_STATS = `adapter: postgresql
database_version: "15.4"
exported_at: 2026-11-22
tables:
  - { table: orders, rows: 48200000, bytes: 9800000000, indexes: 4 }
  - { table: invoices, rows: 3100000, bytes: 1400000000, indexes: 3 }
  - { table: customers, rows: 800000, bytes: 210000000, indexes: 2 }
`;
const SAMPLE_MIGRATIONS = {
    'db/migrate/20261101000000_create_orders.rb': `class CreateOrders < ActiveRecord::Migration[7.1]
  def change
    create_table :orders do |t|
      t.references :customer, null: false
      t.string :email
      t.timestamps
    end
  end
end
`,
    'db/migrate/20261130101500_add_index_to_orders_email.rb': `class AddIndexToOrdersEmail < ActiveRecord::Migration[7.1]
  def change
    add_index :orders, :email
  end
end
`,
    'db/migrate/20261130113000_add_note_to_invoices.rb': `class AddNoteToInvoices < ActiveRecord::Migration[7.1]
  def change
    add_column :invoices, :note, :string, default: "", null: false
  end
end
`,
    'db/migrate/20261201090000_create_refunds.rb': `class CreateRefunds < ActiveRecord::Migration[7.1]
  def change
    create_table :refunds do |t|
      t.references :order, null: false, foreign_key: true
      t.integer :amount_cents, null: false
      t.timestamps
    end
    add_index :refunds, :created_at
  end
end
`,
};
const SAMPLE_DATABASE_YML = `default: &default
  adapter: postgresql
  encoding: unicode
production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
`;
/** The same settings a team would put in .github/deploy-gates.yml. */
const SETTINGS = {
    'production-ref': 'production',
    tracker: 'file',
    'tracker-file': '.github/deploy-issues.yml',
    'allowed-statuses': 'Ready for Deploy, Done',
    'required-fields': 'Risk Assessment, Post-deploy Checks',
    'post-status': 'false',
    'table-stats': '.github/table-stats.yml',
};
const SCENARIOS = [
    {
        title: 'A deploy that may go: release/ready is ahead of production and its issue is ready',
        explanation: 'release/ready contains production and ships ENG-401, which is Ready for Deploy with its fields filled.',
        deployRef: 'release/ready',
        expected: { 'forward-sha': 'pass', 'pre-deploy': 'pass', migrations: 'pass' },
    },
    {
        title: 'A deploy that must wait: an issue still in review, a commit without an issue, an index that locks orders',
        explanation: 'main is ahead of production, but ENG-412 is In Review, "Fix typo in checkout page" names no issue, and its migration builds an index on orders (48.2M rows) without CONCURRENTLY.',
        deployRef: 'main',
        expected: { 'forward-sha': 'pass', 'pre-deploy': 'fail', migrations: 'fail' },
    },
    {
        title: 'A deploy that would drop a hotfix',
        explanation: 'production got a hotfix (ENG-420) that was never merged back into release/2026-11.',
        deployRef: 'release/2026-11',
        expected: { 'forward-sha': 'fail', 'pre-deploy': 'fail', migrations: 'fail' },
    },
];
async function runDemo(io) {
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'deploy-gates-demo-'));
    try {
        const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .T(root);
        await buildSampleRepository(git);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, '.github'), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, '.github', 'deploy-issues.yml'), SAMPLE_ISSUES);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, '.github', 'table-stats.yml'), SAMPLE_TABLE_STATS);
        io.stdout(`deploy-gates demo: sample repository and issues in ${root}\n\n`);
        const surprises = [];
        for (const [index, scenario] of SCENARIOS.entries()) {
            const inputs = { ...SETTINGS, sha: scenario.deployRef };
            const rendered = await (0,_run_run_gates_js__WEBPACK_IMPORTED_MODULE_7__/* .runGates */ .A)({
                gates: _gates_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .GATES */ .J,
                stepInput: (name) => inputs[name],
                config: _config_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_CONFIG */ .$v,
                env: { workspace: root, run: { defaultSha: 'HEAD', actor: 'demo-user' }, fetch: false },
            });
            for (const { result } of rendered) {
                const expected = scenario.expected[result.gate];
                if (expected && expected !== result.verdict)
                    surprises.push(`scenario ${index + 1}: ${result.gate} ended in ${result.verdict}, expected ${expected}`);
            }
            io.stdout(`=== ${index + 1}. ${scenario.title}\n${scenario.explanation}\n\n${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S)(rendered)}\n`);
        }
        io.stdout(surprises.length ? `Not as expected (a bug):\n${surprises.join('\n')}\n` : 'Every scenario ended as expected.\n');
        return surprises.length ? 1 : 0;
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
    const commit = async (subject, author, file, ...files) => {
        for (const [path, content] of [[file, `# ${subject}\n`], ...files]) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.cwd, path)), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(git.cwd, path), content);
            await git.run(['add', '--', path]);
        }
        await as(author, ['commit', '--quiet', '-m', subject]);
    };
    const migration = (path) => [path, SAMPLE_MIGRATIONS[path]];
    await commit('ENG-390 Initial shop', 'Dana Ops', 'app/shop.rb', ['config/database.yml', SAMPLE_DATABASE_YML], migration('db/migrate/20261101000000_create_orders.rb'));
    await commit('ENG-395 Add invoices', 'Lee Dev', 'app/invoice.rb');
    await git.run(['branch', 'production']);
    await commit('ENG-401 Split invoice PDF rendering', 'Lee Dev', 'app/invoice_pdf.rb');
    await commit('ENG-412 Email lookup for orders', 'Sam Dev', 'app/order_search.rb', migration('db/migrate/20261130101500_add_index_to_orders_email.rb'));
    await git.run(['branch', 'release/2026-11']);
    await git.run(['checkout', '--quiet', 'production']);
    await commit('ENG-420 Hotfix: refund rounding', 'Dana Ops', 'app/refund.rb');
    await git.run(['checkout', '--quiet', '-b', 'release/ready']);
    await commit('ENG-401 Render invoice PDFs in the background', 'Lee Dev', 'app/invoice_job.rb', migration('db/migrate/20261130113000_add_note_to_invoices.rb'), migration('db/migrate/20261201090000_create_refunds.rb'));
    await git.run(['checkout', '--quiet', 'main']);
    await as('Dana Ops', ['merge', '--quiet', '--no-ff', '-m', 'Merge production hotfixes into main', 'production']);
    await commit('Fix typo in checkout page', 'Lee Dev', 'app/views/checkout.txt');
}


/***/ })

};

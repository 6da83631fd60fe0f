export const id = 476;
export const ids = [476];
export const modules = {

/***/ 4476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFileTracker: () => (/* binding */ createFileTracker)
/* harmony export */ });
/* unused harmony export parseIssueFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8732);
// The file tracker: issues kept in a YAML file in the repository (the demo's and the tests'
// tracker, and a team's without a tracker API). Validated strictly: a misspelled `status` or
// `fields` would otherwise read as an empty value and fail, or worse, hide a check.
//
//   projects: [ENG, OPS]            # optional; default: the prefixes of the keys below
//   issues:
//     ENG-401:
//       title: Split invoice PDF rendering
//       status: Ready for Deploy
//       assignee: Lee Dev           # optional
//       url: https://tracker.example/ENG-401
//       labels: [backend]
//       moved-to: OPS-7             # the issue moved: ENG-401 is OPS-7 now
//       forbidden: true             # an issue the token may not see
//       fields:
//         Risk Assessment: "low: behind flag pdf_v2"
// node:fs, not node:fs/promises: the latter loads readline and streams, 2 ms of every CLI start.


const TOP_LEVEL_KEYS = ['projects', 'issues'];
const ISSUE_KEYS = ['title', 'status', 'assignee', 'url', 'labels', 'moved-to', 'forbidden', 'fields'];
const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-[0-9]+$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;
function createFileTracker(path) {
    let requests = 0;
    let loaded;
    // Read once, on first use: every question after that is answered from the same snapshot.
    const load = () => (loaded ??= (async () => {
        requests++;
        return parseIssueFile(readIssueFile(path), path);
    })());
    return {
        name: 'file',
        get requestCount() {
            return requests;
        },
        async listProjects() {
            return [...(await load()).projects];
        },
        async lookUp({ keys, fields }) {
            const file = await load();
            return [...new Set(keys)].map((key) => lookUpOne(file, key, fields));
        },
    };
}
function lookUpOne(file, key, fieldNames) {
    const entry = file.issues.get(key);
    if (!entry)
        return { key, state: 'not-found' };
    if (entry.forbidden)
        return { key, state: 'forbidden', reason: `${key} is marked \`forbidden\` in the tracker file` };
    const issueKey = entry.movedTo ?? key;
    const issue = {
        key: issueKey,
        ...(entry.url !== undefined ? { url: entry.url } : {}),
        title: entry.title,
        status: entry.status,
        ...(entry.assignee !== undefined ? { assignee: entry.assignee } : {}),
        labels: [...entry.labels],
        fields: Object.fromEntries(fieldNames.map((name) => [name, entry.fields.get(name)])),
    };
    return entry.movedTo !== undefined ? { key, state: 'moved', movedTo: entry.movedTo, issue } : { key, state: 'found', issue };
}
function readIssueFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TrackerError */ .B(`tracker file ${path} cannot be read (${code}); fix the \`tracker-file\` input or create the file.`, { cause: error });
    }
}
/** Parses and validates the tracker file; every problem names the file, the issue and the key. */
async function parseIssueFile(text, path) {
    // Loaded only when the file tracker is used: the YAML parser is a fifth of the CLI's start-up time.
    const { parse: parseYaml } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const fail = (message) => new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TrackerError */ .B(`tracker file ${path} (\`tracker-file\`): ${message}`);
    let document;
    try {
        document = parseYaml(text);
    }
    catch (error) {
        throw fail(`not valid YAML: ${error.message}`);
    }
    if (!isPlainObject(document))
        throw fail('must be a mapping with `issues` (and optionally `projects`).');
    for (const key of Object.keys(document)) {
        if (!TOP_LEVEL_KEYS.includes(key))
            throw fail(`unknown key \`${key}\`; accepted: ${TOP_LEVEL_KEYS.join(', ')}.`);
    }
    const issuesNode = document['issues'];
    if (issuesNode !== null && issuesNode !== undefined && !isPlainObject(issuesNode)) {
        throw fail('`issues` must be a mapping of issue keys (`ENG-12`) to issues.');
    }
    const issues = new Map();
    for (const [key, node] of Object.entries(issuesNode ?? {})) {
        if (!ISSUE_KEY.test(key))
            throw fail(`issue \`${key}\` is not an issue key; write it as PROJECT-123 (\`ENG-12\`).`);
        issues.set(key, parseIssue(node, key, fail));
    }
    const projectsNode = document['projects'];
    let projects;
    if (projectsNode === undefined || projectsNode === null) {
        projects = [...new Set([...issues.keys()].map((key) => key.slice(0, key.lastIndexOf('-'))))];
    }
    else {
        if (!Array.isArray(projectsNode) || !projectsNode.every((project) => typeof project === 'string' && PROJECT_KEY.test(project))) {
            throw fail('`projects` must be a list of project keys (`[ENG, OPS]`).');
        }
        projects = [...new Set(projectsNode)];
    }
    return { projects, issues };
}
function parseIssue(node, key, fail) {
    if (!isPlainObject(node))
        throw fail(`issue ${key} must be a mapping with at least \`title\` and \`status\`.`);
    for (const name of Object.keys(node)) {
        if (!ISSUE_KEYS.includes(name))
            throw fail(`issue ${key}: unknown key \`${name}\`; accepted: ${ISSUE_KEYS.join(', ')}.`);
    }
    const forbidden = node['forbidden'];
    if (forbidden !== undefined && forbidden !== null && typeof forbidden !== 'boolean') {
        throw fail(`issue ${key}: \`forbidden\` must be true or false, not ${describe(forbidden)}.`);
    }
    // An issue the token may not see has no title or status to show.
    const requiredText = forbidden !== true;
    const text = (name, required) => {
        const value = node[name];
        if (value === undefined || value === null) {
            if (required)
                throw fail(`issue ${key}: \`${name}\` is required.`);
            return undefined;
        }
        if (typeof value !== 'string' || (required && value.trim() === '')) {
            throw fail(`issue ${key}: \`${name}\` must be ${required ? 'a non-empty' : 'a'} string, not ${describe(value)}.`);
        }
        return value;
    };
    const labelsNode = node['labels'];
    if (labelsNode !== undefined && labelsNode !== null && !(Array.isArray(labelsNode) && labelsNode.every((label) => typeof label === 'string'))) {
        throw fail(`issue ${key}: \`labels\` must be a list of strings, not ${describe(labelsNode)}.`);
    }
    const movedTo = text('moved-to', false);
    if (movedTo !== undefined && (!ISSUE_KEY.test(movedTo) || movedTo === key)) {
        throw fail(`issue ${key}: \`moved-to\` must be another issue key (\`OPS-7\`), not ${JSON.stringify(movedTo)}.`);
    }
    const fieldsNode = node['fields'];
    const fields = new Map();
    if (fieldsNode !== undefined && fieldsNode !== null) {
        if (!isPlainObject(fieldsNode))
            throw fail(`issue ${key}: \`fields\` must be a mapping of field names to values.`);
        for (const [name, value] of Object.entries(fieldsNode)) {
            // A field left empty in YAML (`Risk Assessment:`) is an empty field, which the gate reports.
            if (value === null)
                fields.set(name, '');
            else if (typeof value === 'string')
                fields.set(name, value);
            else if (typeof value === 'number' || typeof value === 'boolean')
                fields.set(name, String(value));
            else
                throw fail(`issue ${key}: field \`${name}\` must be a string, number or boolean, not ${describe(value)}.`);
        }
    }
    const assignee = text('assignee', false);
    const url = text('url', false);
    return {
        title: text('title', requiredText) ?? '',
        status: text('status', requiredText) ?? '',
        ...(assignee !== undefined ? { assignee } : {}),
        ...(url !== undefined ? { url } : {}),
        labels: labelsNode ?? [],
        ...(movedTo !== undefined ? { movedTo } : {}),
        forbidden: forbidden === true,
        fields,
    };
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'empty';
    return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 8732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ TrackerError)
/* harmony export */ });
// The tracker plug-in shape (jira, github, file), registered once in ./registry.ts, in the
// manner of Renovate's datasources: each folder exports the same small interface.
/** A tracker that could not be read: the gate ends in `error`, never in `pass`. */
class TrackerError extends Error {
    name = 'TrackerError';
}


/***/ })

};

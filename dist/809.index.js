export const id = 809;
export const ids = [809];
export const modules = {

/***/ 7809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubTracker: () => (/* binding */ createGitHubTracker)
/* harmony export */ });
/* unused harmony exports issueStatus, parseIssueRef, formatIssueRef */
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8732);
// The github tracker: issue references (`acme/shop#12`) read from GitHub Issues through the
// GitHubApi port. An issue has a state and labels, no custom fields and no projects.


/** `owner/repo#12`, or `#12` in `repo`; GitHub names are ASCII letters, digits, `-`, `_` and `.`. */
const referencePattern = /^(?:([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+))?#([1-9][0-9]{0,9})$/;
function createGitHubTracker(api, repo) {
    let requests = 0;
    return {
        name: 'github',
        get requestCount() {
            return requests;
        },
        async listProjects() {
            return undefined;
        },
        async lookUp({ keys, deadline }) {
            const results = [];
            // One at a time: GitHub asks clients not to run requests for one token concurrently
            // (secondary rate limits), and a deploy ships tens of issues, not thousands.
            for (const [index, key] of [...new Set(keys)].entries()) {
                const ref = parseIssueRef(key, repo);
                if (!ref) {
                    results.push({ key, state: 'not-found' });
                    continue;
                }
                if (Date.now() >= deadline) {
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TrackerError */ .B(`the time budget ran out after reading ${index} of ${new Set(keys).size} GitHub issues; raise \`timeout\``);
                }
                requests++;
                results.push(await lookUpOne(api, key, ref));
            }
            return results;
        },
    };
}
async function lookUpOne(api, key, ref) {
    let lookup;
    try {
        lookup = await api.getIssue(ref);
    }
    catch (error) {
        // A token GitHub rejects is the user's to fix; anything else means the tracker could not be read.
        if (error instanceof _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay || error instanceof _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TrackerError */ .B)
            throw error;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .TrackerError */ .B(`GitHub issue ${key} could not be read: ${error.message}`, { cause: error });
    }
    switch (lookup.state) {
        case 'found':
            return { key, state: 'found', issue: trackerIssue(key, lookup.issue) };
        case 'moved': {
            const movedTo = formatIssueRef(lookup.movedTo);
            return { key, state: 'moved', movedTo, issue: trackerIssue(movedTo, lookup.issue) };
        }
        case 'not-found':
            return { key, state: 'not-found' };
        case 'forbidden':
            return { key, state: 'forbidden', reason: lookup.reason };
    }
}
function trackerIssue(key, issue) {
    return {
        key,
        url: issue.url,
        title: issue.title,
        status: issueStatus(issue),
        ...(issue.assignee ? { assignee: issue.assignee } : {}),
        labels: issue.labels,
        fields: {},
    };
}
/** `open`, `closed`, or `closed (completed)` / `closed (not planned)` when GitHub says why. */
function issueStatus(issue) {
    if (issue.state === 'open' || !issue.stateReason)
        return issue.state;
    return `closed (${issue.stateReason.replace(/_/g, ' ')})`;
}
/** `acme/shop#12` (or `#12`, in `repo`) as a reference, or undefined when it is not one. */
function parseIssueRef(key, repo) {
    const match = referencePattern.exec(key.trim());
    if (!match)
        return undefined;
    return { owner: match[1] ?? repo.owner, repo: match[2] ?? repo.repo, number: Number(match[3]) };
}
function formatIssueRef(ref) {
    return `${ref.owner}/${ref.repo}#${ref.number}`;
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

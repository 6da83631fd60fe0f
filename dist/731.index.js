export const id = 731;
export const ids = [731];
export const modules = {

/***/ 1731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubApi: () => (/* binding */ createGitHubApi)
/* harmony export */ });
/* harmony import */ var _model_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);
// The GitHub REST adapter behind the GitHubApi port. It observes, it never decides: every failure
// is thrown (a GateInputError when the user can fix it), never turned into an empty result,
// because an empty compare or "no deployment" read as a pass would be a silent pass.

const comparePageSize = 100;
/** GitHub refuses (422) a commit status description longer than this. */
const maxStatusDescriptionLength = 140;
/** A transferred issue answers one redirect; more than this is a loop, not a transfer. */
const maxIssueRedirects = 3;
const rateLimitRetries = 2;
/** Waiting longer than this for a rate limit to reset would stall the deploy job; fail instead. */
const maxRateLimitWaitSeconds = 300;
async function createGitHubApi(options) {
    const octokit = await buildOctokit(options);
    return new OctokitGitHubApi(octokit, options.repo, options.maxDeploymentsScanned ?? 500);
}
async function buildOctokit({ token, baseUrl, log, retryDelaysScale = 1 }) {
    // Loaded here, not at the top, so that runs that never ask GitHub do not load the toolkit.
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const say = log ?? (() => { });
    const baseDelayMs = 1000 * retryDelaysScale;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const where = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries || retryAfter > maxRateLimitWaitSeconds) {
            say(`GitHub ${kind} hit on ${where}; not retrying (retry-after ${retryAfter}s, ${retryCount} retries done)`);
            return false;
        }
        say(`GitHub ${kind} hit on ${where}; retrying after ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries})`);
        return true;
    };
    return getOctokit(token, {
        ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : {}),
        log: { debug: () => { }, info: () => { }, warn: (m) => say(m), error: (m) => say(m) },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: baseDelayMs,
        },
        retry: {
            retryAfterBaseValue: baseDelayMs,
            retries: 3,
            // 429 is left to the throttling plugin, which honours retry-after; 4xx are not transient.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
    }, retry, throttling);
}
class OctokitGitHubApi {
    octokit;
    repo;
    maxDeploymentsScanned;
    constructor(octokit, repo, maxDeploymentsScanned) {
        this.octokit = octokit;
        this.repo = repo;
        this.maxDeploymentsScanned = maxDeploymentsScanned;
    }
    get slug() {
        return `${this.repo.owner}/${this.repo.repo}`;
    }
    async compare(base, head, limit) {
        const fetchPage = async (basehead, page) => {
            try {
                const response = await this.octokit.rest.repos.compareCommitsWithBasehead({
                    ...this.repo,
                    basehead,
                    per_page: comparePageSize,
                    page,
                });
                return response.data;
            }
            catch (error) {
                throw await this.compareFailure(error, base, head);
            }
        };
        const first = await fetchPage(`${base}...${head}`, 1);
        const total = first.total_commits;
        const lastPage = Math.max(1, Math.ceil(total / comparePageSize));
        const baseSha = first.base_commit.sha;
        // Pages are chronological, oldest first: the newest `limit` commits are on the last pages.
        const pages = new Map([[1, first.commits]]);
        let headSha = total === 0 ? first.merge_base_commit.sha : undefined;
        if (total <= comparePageSize)
            headSha = first.commits.at(-1)?.sha ?? headSha;
        let collected = lastPage === 1 ? first.commits.length : 0;
        for (let page = lastPage; page > 1 && collected < limit; page--) {
            // Pin both ends once known so a branch pushed between requests cannot mix two comparisons.
            const data = await fetchPage(`${baseSha}...${headSha ?? head}`, page);
            if (data.total_commits !== total || data.base_commit.sha !== baseSha) {
                throw new Error(`GitHub compare ${base}...${head} in ${this.slug} changed while it was being read (${total} then ${data.total_commits} commits); run again`);
            }
            if (page === lastPage)
                headSha = data.commits.at(-1)?.sha;
            pages.set(page, data.commits);
            collected += data.commits.length;
        }
        if (headSha === undefined) {
            if (lastPage === 1 || limit > 0) {
                throw new Error(`GitHub compare ${base}...${head} in ${this.slug} listed ${total} commits but none on its last page`);
            }
            // limit 0 with more than one page: the head SHA still has to come from the last page.
            const data = await fetchPage(`${baseSha}...${head}`, lastPage);
            headSha = data.commits.at(-1)?.sha;
            if (headSha === undefined)
                throw new Error(`GitHub compare ${base}...${head} in ${this.slug} returned an empty last page`);
        }
        const chronological = [...pages.entries()].sort(([a], [b]) => a - b).flatMap(([, commits]) => commits);
        const commits = chronological.slice(Math.max(0, chronological.length - limit)).reverse().map(toCommitSummary);
        return {
            status: first.status,
            aheadBy: first.ahead_by,
            behindBy: first.behind_by,
            baseSha,
            headSha,
            mergeBaseSha: first.merge_base_commit.sha,
            commits: limit > 0 ? commits : [],
        };
    }
    async latestSuccessfulDeployment(environment) {
        let scanned = 0;
        try {
            const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, {
                ...this.repo,
                environment,
                per_page: 100,
            });
            for await (const { data: deployments } of pages) {
                for (const deployment of deployments) {
                    if (scanned >= this.maxDeploymentsScanned) {
                        throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`no successful deployment to environment "${environment}" among the newest ${this.maxDeploymentsScanned} deployments in ${this.slug}; ` +
                            'set production-ref instead, or mark old deployments inactive');
                    }
                    scanned++;
                    const { data: statuses } = await this.octokit.rest.repos.listDeploymentStatuses({
                        ...this.repo,
                        deployment_id: deployment.id,
                        per_page: 1,
                    });
                    // Statuses come newest first; only a deployment whose latest word is success is live.
                    if (statuses[0]?.state === 'success') {
                        return {
                            id: deployment.id,
                            sha: deployment.sha,
                            ref: deployment.ref,
                            environment: deployment.environment,
                            createdAt: deployment.created_at,
                            ...(deployment.creator?.login ? { creator: deployment.creator.login } : {}),
                        };
                    }
                }
            }
        }
        catch (error) {
            if (error instanceof _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay)
                throw error;
            throw this.deploymentsFailure(error, environment);
        }
        return undefined;
    }
    async createCommitStatus(sha, status) {
        try {
            await this.octokit.rest.repos.createCommitStatus({
                ...this.repo,
                sha,
                state: status.state,
                context: status.context,
                description: cutStatusDescription(status.description),
                ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
            });
        }
        catch (error) {
            const failure = describeHttpError(error);
            const what = `post the commit status ${quote(status.context)} on ${sha.slice(0, 7)}`;
            if (failure.status === 404) {
                throw new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`repository ${this.slug} not found while trying to ${what}: it does not exist or the token cannot write to it (it needs the \`statuses: write\` permission)`);
            }
            if (failure.status === 422) {
                throw new Error(`GitHub refused to ${what} in ${this.slug} (422 ${failure.message})`);
            }
            throw this.commonFailure(failure, what, 'statuses: write');
        }
    }
    async pullRequestTitle(number) {
        try {
            const { data } = await this.octokit.rest.pulls.get({ ...this.repo, pull_number: number });
            return data.title;
        }
        catch (error) {
            const failure = describeHttpError(error);
            // A merge subject's `#123` can name a pull request of a fork or one since deleted.
            if (failure.status === 404)
                return undefined;
            throw this.commonFailure(failure, `read pull request #${number}`, 'pull-requests: read');
        }
    }
    async getIssue(ref) {
        const asked = `${ref.owner}/${ref.repo}#${ref.number}`;
        let redirected = false;
        try {
            // Redirects are followed here, not by fetch, so that a transfer is seen and its target's
            // failure (a repository the token cannot read) is told apart from an unknown issue.
            let response = await this.octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
                owner: ref.owner,
                repo: ref.repo,
                issue_number: ref.number,
                request: { redirect: 'manual' },
            });
            for (let hop = 0; isRedirect(response.status); hop++) {
                const location = redirectTarget(response);
                if (!location || hop >= maxIssueRedirects) {
                    throw new Error(`GitHub redirected ${asked} ${location ? 'in a loop' : 'without a Location'} (HTTP ${response.status})`);
                }
                // The token goes along with the request: never to a host other than the API's own.
                if (new URL(location).origin !== new URL(response.url).origin) {
                    throw new Error(`GitHub redirected ${asked} to another host (${new URL(location).origin}); not following it with the token`);
                }
                redirected = true;
                response = await this.octokit.request({ method: 'GET', url: location, request: { redirect: 'manual' } });
            }
            const issue = toGitHubIssue(response.data);
            const now = issueRefOf(response.data);
            if (now && !sameIssue(now, ref))
                return { state: 'moved', movedTo: now, issue };
            return { state: 'found', issue };
        }
        catch (error) {
            const failure = describeHttpError(error);
            if (!failure.rateLimited && failure.status !== undefined && failure.status !== 401) {
                if (redirected && (failure.status === 403 || failure.status === 404)) {
                    return {
                        state: 'forbidden',
                        reason: `${asked} was transferred to a repository the token cannot read (${failure.status} ${failure.message}); the token needs \`issues: read\` there`,
                    };
                }
                if (failure.status === 404)
                    return { state: 'not-found' };
                if (failure.status === 410)
                    return { state: 'not-found', reason: `deleted (410 ${failure.message})` };
                if (failure.status === 403) {
                    return { state: 'forbidden', reason: `403 ${failure.message}: the token needs the \`issues: read\` permission on ${ref.owner}/${ref.repo}` };
                }
            }
            if (error instanceof Error && failure.status === undefined && !('response' in error))
                throw error;
            throw this.commonFailure(failure, `read issue ${asked}`, 'issues: read');
        }
    }
    async compareFailure(error, base, head) {
        const failure = describeHttpError(error);
        if (failure.status === 404) {
            const found = await this.findRefs([base, head]);
            const missing = [base, head].filter((_, i) => found[i] === false);
            if (missing.length === 2) {
                return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`neither ${quote(base)} nor ${quote(head)} was found in ${this.slug}: the repository does not exist or the token cannot read it (it needs the \`contents: read\` permission)`);
            }
            if (missing.length === 1)
                return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`ref ${quote(missing[0])} not found in ${this.slug}`);
            if (found.every((exists) => exists === true)) {
                return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`GitHub cannot compare ${quote(base)}...${quote(head)} in ${this.slug} (404 ${failure.message}): both refs exist, so they probably share no history`);
            }
            return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`GitHub cannot compare ${quote(base)}...${quote(head)} in ${this.slug} (404 ${failure.message}): a ref or the repository was not found`);
        }
        return this.commonFailure(failure, `compare ${base}...${head}`, 'contents: read');
    }
    deploymentsFailure(error, environment) {
        const failure = describeHttpError(error);
        if (failure.status === 404) {
            return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`repository ${this.slug} not found while listing deployments to "${environment}": it does not exist or the token cannot read it (it needs the \`deployments: read\` permission)`);
        }
        return this.commonFailure(failure, `list deployments to "${environment}"`, 'deployments: read');
    }
    commonFailure(failure, what, permission) {
        if (failure.rateLimited) {
            return new Error(`GitHub API rate limit exceeded while trying to ${what} in ${this.slug} (${failure.status}): ${failure.message}`);
        }
        if (failure.status === 401) {
            return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`GitHub rejected the token (401 ${failure.message}) while trying to ${what} in ${this.slug}: the token is missing, expired or revoked`);
        }
        if (failure.status === 403) {
            return new _model_result_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .ay(`the token may not ${what} in ${this.slug} (403 ${failure.message}): add \`permissions: ${permission}\` to the workflow job, or use a token with that access`);
        }
        const status = failure.status === undefined ? 'no HTTP status' : `HTTP ${failure.status}`;
        return new Error(`GitHub API request to ${what} in ${this.slug} failed (${status}): ${failure.message}`);
    }
    /** Per ref: true when GitHub resolves it, false when it does not, undefined when it could not tell. Only asked after a 404, to name the culprit. */
    async findRefs(refs) {
        const found = [];
        for (const ref of refs) {
            try {
                await this.octokit.rest.repos.getCommit({ ...this.repo, ref, per_page: 1 });
                found.push(true);
            }
            catch (error) {
                const { status } = describeHttpError(error);
                found.push(status === 404 || status === 422 ? false : undefined);
            }
        }
        return found;
    }
}
/**
 * Cut to 140 UTF-16 units (so within the limit however GitHub counts), never inside a surrogate
 * pair, with an ellipsis saying it was cut.
 */
function cutStatusDescription(description) {
    if (description.length <= maxStatusDescriptionLength)
        return description;
    let end = maxStatusDescriptionLength - 1;
    const last = description.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${description.slice(0, end)}…`;
}
function isRedirect(status) {
    return status === 301 || status === 302 || status === 307 || status === 308;
}
function redirectTarget(response) {
    const header = response.headers['location'];
    const fromBody = response.data?.url;
    const location = typeof header === 'string' && header ? header : typeof fromBody === 'string' && fromBody ? fromBody : undefined;
    return location === undefined ? undefined : new URL(location, response.url).toString();
}
function toGitHubIssue(issue) {
    const labels = issue.labels
        .map((label) => (typeof label === 'string' ? label : label.name))
        .filter((name) => typeof name === 'string' && name !== '');
    return {
        number: issue.number,
        title: issue.title,
        state: issue.state === 'closed' ? 'closed' : 'open',
        ...(issue.state_reason ? { stateReason: issue.state_reason } : {}),
        labels,
        ...(issue.assignee?.login ? { assignee: issue.assignee.login } : {}),
        url: issue.html_url,
        isPullRequest: Boolean(issue.pull_request),
    };
}
/** Where the issue lives now, from its own `repository_url` (`…/repos/{owner}/{repo}`). */
function issueRefOf(issue) {
    const match = /\/repos\/([^/]+)\/([^/]+)\/?$/.exec(issue.repository_url);
    return match ? { owner: decodeURIComponent(match[1]), repo: decodeURIComponent(match[2]), number: issue.number } : undefined;
}
function sameIssue(a, b) {
    // Owner and repository names are case-insensitive on GitHub.
    return a.number === b.number && a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
function toCommitSummary(commit) {
    const author = commit.commit.author;
    const login = commit.author && 'login' in commit.author ? commit.author.login : undefined;
    const [subject = '', ...rest] = commit.commit.message.split('\n');
    // The body is kept for gates that read issue keys in it (pre-deploy with `history: github`).
    const body = rest.join('\n').trim();
    return {
        sha: commit.sha,
        subject,
        authorName: author?.name ?? '',
        ...(author?.email ? { authorEmail: author.email } : {}),
        ...(login ? { authorLogin: login } : {}),
        ...(body ? { body } : {}),
        date: author?.date ?? commit.commit.committer?.date ?? '',
        parents: commit.parents.length,
    };
}
function describeHttpError(error) {
    const candidate = error;
    const status = typeof candidate?.status === 'number' ? candidate.status : undefined;
    const bodyMessage = candidate?.response?.data?.message;
    const message = typeof bodyMessage === 'string' ? bodyMessage : typeof candidate?.message === 'string' ? candidate.message : String(error);
    const rateLimited = (status === 403 || status === 429) &&
        (candidate.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message));
    return { status, message: message.split('\n', 1)[0] ?? message, rateLimited };
}
function quote(ref) {
    return JSON.stringify(ref);
}


/***/ })

};

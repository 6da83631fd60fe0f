import { describe, expect, it } from 'vitest';
import { decidePreDeploy, type PreDeployPolicy, type ShippingCommit } from '../../../src/gates/pre-deploy/decide.js';
import type { IssueLookup, TrackerIssue } from '../../../src/trackers/types.js';

const policy: PreDeployPolicy = {
  requireIssue: true,
  allowedStatuses: ['ready for deploy', 'done'],
  requiredFields: ['Risk Assessment'],
  requiredLabels: [],
  forbiddenLabels: [],
};
const tracker = { name: 'file', requests: 1 };

let sequence = 0;
function commit(subject: string, keys: string[], extra: Partial<ShippingCommit> = {}): ShippingCommit {
  sequence++;
  return { sha: sequence.toString(16).padStart(40, 'a'), subject, author: 'Lee Dev', keys, ...extra };
}

function issue(key: string, status: string, fields: Record<string, string | undefined> = { 'Risk Assessment': 'low' }): TrackerIssue {
  return { key, title: `Title of ${key}`, status, labels: [], fields };
}

const found = (i: TrackerIssue): IssueLookup => ({ key: i.key, state: 'found', issue: i });

describe('decidePreDeploy', () => {
  it('passes when every issue is in an allowed status with its fields filled', () => {
    const result = decidePreDeploy(
      [commit('ENG-1 a', ['ENG-1']), commit('ENG-2 b', ['ENG-2']), commit('Merge branch x', [], { exempt: 'merge commit' })],
      [found(issue('ENG-1', 'Done')), found(issue('ENG-2', 'Ready for Deploy'))],
      policy,
      tracker,
    );
    expect(result.verdict).toBe('pass');
    expect(result.summary).toBe('2 issues, all ready in 3 commits');
    expect(result.data.exemptCommits).toHaveLength(1);
    expect(result.data.commitsWithoutIssue).toEqual([]);
  });

  it('fails an issue in a status that is not allowed, and one with an empty required field', () => {
    const result = decidePreDeploy(
      [commit('ENG-1 a', ['ENG-1']), commit('ENG-2 b', ['ENG-2'])],
      [found(issue('ENG-1', 'In Review')), found(issue('ENG-2', 'Done', { 'Risk Assessment': '  ' }))],
      policy,
      tracker,
    );
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => f.id)).toEqual(['pre-deploy/status-not-allowed', 'pre-deploy/missing-field']);
    expect(result.findings[0]?.message).toContain('status is "In Review"');
  });

  it('fails on a key the tracker does not know and on commits without an issue', () => {
    const result = decidePreDeploy(
      [commit('ENG-9 typo key', ['ENG-9']), commit('fix typo', [])],
      [{ key: 'ENG-9', state: 'not-found' }],
      policy,
      tracker,
    );
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => f.id).sort()).toEqual(['pre-deploy/commit-without-issue', 'pre-deploy/unknown-issue']);
    expect(result.data.commitsWithoutIssue.map((c) => c.subject)).toEqual(['fix typo']);
  });

  it('lists commits without an issue but passes when require-issue is off', () => {
    const result = decidePreDeploy([commit('fix typo', [])], [], { ...policy, requireIssue: false }, tracker);
    expect(result.verdict).toBe('pass');
    expect(result.data.commitsWithoutIssue).toHaveLength(1);
  });

  it('cannot decide an issue the token cannot see: error, never pass', () => {
    const result = decidePreDeploy([commit('SEC-1 a', ['SEC-1'])], [{ key: 'SEC-1', state: 'forbidden', reason: 'no Browse permission' }], policy, tracker);
    expect(result.verdict).toBe('error');
    expect(result.findings[0]?.id).toBe('pre-deploy/issue-not-visible');
  });

  it('treats a key the tracker never answered for as unknown, not as fine', () => {
    const result = decidePreDeploy([commit('ENG-1 a', ['ENG-1'])], [], policy, tracker);
    expect(result.verdict).toBe('fail');
    expect(result.data.issues[0]?.state).toBe('not-found');
  });

  it('checks a moved issue under its new key and warns', () => {
    const moved: IssueLookup = { key: 'ENG-3', state: 'moved', movedTo: 'OPS-7', issue: issue('OPS-7', 'Done') };
    const result = decidePreDeploy([commit('ENG-3 a', ['ENG-3'])], [moved], policy, tracker);
    expect(result.verdict).toBe('pass');
    expect(result.findings).toMatchObject([{ id: 'pre-deploy/issue-moved', severity: 'warning' }]);
    expect(result.data.issues[0]).toMatchObject({ key: 'ENG-3', movedTo: 'OPS-7', status: 'Done' });
  });

  it('applies required and forbidden labels', () => {
    const labelled = { ...issue('acme/shop#4', 'closed'), labels: ['do-not-deploy'] };
    const result = decidePreDeploy(
      [commit('Fix #4', ['acme/shop#4'])],
      [found(labelled)],
      { ...policy, allowedStatuses: [], requiredFields: [], requiredLabels: ['qa-approved'], forbiddenLabels: ['do-not-deploy'] },
      tracker,
    );
    expect(result.findings.map((f) => f.id)).toEqual(['pre-deploy/missing-label', 'pre-deploy/forbidden-label']);
  });

  it('lists every commit that mentions an issue', () => {
    const result = decidePreDeploy(
      [commit('ENG-1 a', ['ENG-1']), commit('Revert "ENG-1 a"', ['ENG-1'], { revert: true })],
      [found(issue('ENG-1', 'Done'))],
      policy,
      tracker,
    );
    expect(result.data.issues[0]?.commits).toHaveLength(2);
  });
});

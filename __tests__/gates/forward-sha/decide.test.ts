import { describe, expect, it } from 'vitest';
import { decideForwardSha } from '../../../src/gates/forward-sha/decide.js';
import type { DeployRange, Relation } from '../../../src/range/types.js';

const P = 'a'.repeat(40);
const D = 'b'.repeat(40);

function range(relation: Relation, aheadBy: number, behindBy: number): DeployRange {
  return {
    deploySha: relation === 'identical' ? P : D,
    production: { sha: P, foundBy: 'ref production' },
    relation,
    aheadBy,
    behindBy,
    shipping: [],
    dropped: [],
    listLimit: 100,
    history: { source: 'git', notes: [] },
  };
}

const strict = { allowRollback: false, allowRedeploy: true };

describe('decideForwardSha', () => {
  it('passes a deploy that is ahead', () => {
    const result = decideForwardSha(range('ahead', 3, 0), strict, 'dana');
    expect(result.verdict).toBe('pass');
    expect(result.findings).toEqual([]);
    expect(result.summary).toContain('3 commits ahead');
  });

  it('passes a redeploy by default and fails it when redeploys are disallowed', () => {
    expect(decideForwardSha(range('identical', 0, 0), strict, undefined).verdict).toBe('pass');
    const result = decideForwardSha(range('identical', 0, 0), { ...strict, allowRedeploy: false }, undefined);
    expect(result.verdict).toBe('fail');
    expect(result.findings[0]?.id).toBe('forward-sha/redeploy');
  });

  it.each([
    ['behind', 0, 2, 'forward-sha/rollback'],
    ['diverged', 3, 1, 'forward-sha/diverged'],
  ] as const)('fails a %s deploy with %s', (relation, ahead, behind, id) => {
    const result = decideForwardSha(range(relation, ahead, behind), strict, 'dana');
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => f.id)).toEqual([id]);
    expect(result.findings[0]?.severity).toBe('error');
    expect(result.findings[0]?.message).toContain('allow-rollback');
    expect(result.data.override).toBeUndefined();
  });

  it.each(['behind', 'diverged'] as const)('lets allow-rollback pass a %s deploy and records who overrode it', (relation) => {
    const result = decideForwardSha(range(relation, 1, 2), { ...strict, allowRollback: true }, 'dana');
    expect(result.verdict).toBe('pass');
    expect(result.data.override).toEqual({ input: 'allow-rollback', by: 'dana' });
    expect(result.findings[0]).toMatchObject({ id: 'forward-sha/rollback-allowed', severity: 'warning' });
    expect(result.summary).toContain('@dana');
  });

  it('never needs allow-rollback for an ahead deploy', () => {
    const result = decideForwardSha(range('ahead', 1, 0), { ...strict, allowRollback: true }, 'dana');
    expect(result.data.override).toBeUndefined();
  });
});

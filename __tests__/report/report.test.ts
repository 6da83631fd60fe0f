import { describe, expect, it } from 'vitest';
import { forwardSha } from '../../src/gates/forward-sha/index.js';
import { decideForwardSha } from '../../src/gates/forward-sha/decide.js';
import type { Finding, GateResult } from '../../src/model/result.js';
import { errorResult } from '../../src/model/result.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { fitToLimit, renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown.js';
import type { CommitSummary, DeployRange } from '../../src/range/types.js';

const links = { commit: (sha: string) => `https://github.com/o/r/commit/${sha}`, user: (login: string) => `https://github.com/${login}` };
const context = { links, suite: false, mode: 'enforce' as const, annotationsOmitted: 0 };

function commit(index: number, subject = `change ${index}`): CommitSummary {
  return { sha: index.toString(16).padStart(40, '0'), subject, authorName: 'Lee Dev', date: '2026-11-02T10:00:00Z', parents: 1 };
}

function range(shipping: CommitSummary[], dropped: CommitSummary[] = []): DeployRange {
  return {
    deploySha: 'b'.repeat(40),
    production: { sha: 'a'.repeat(40), foundBy: 'ref production' },
    relation: dropped.length ? 'diverged' : 'ahead',
    aheadBy: shipping.length,
    behindBy: dropped.length,
    shipping,
    dropped,
    listLimit: 100,
    history: { source: 'git', notes: [] },
  };
}

describe('markdown escaping', () => {
  it('neutralises links, images, HTML, mentions and table breaks from commit subjects', () => {
    const hostile = 'fix | ![x](https://evil/img.png) [click](https://evil) <script>alert(1)</script> @org/team\nsecond';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/(?<!\\)\|/);
    expect(escaped).not.toMatch(/(?<!\\)\](?=\()/);
    expect(escaped).not.toContain('<script>');
    expect(escaped).not.toContain('@org');
    expect(escaped).not.toContain('https://');
    expect(escaped).not.toContain('\n');
  });
});

describe('job summary', () => {
  it('says the verdict in the first line and lists shipping and dropped commits with links', () => {
    const result = decideForwardSha(range([commit(1), commit(2)], [commit(3, 'Hotfix | refund')]), { allowRollback: false, allowRedeploy: true }, 'dana');
    const markdown = renderSummary([{ gate: forwardSha, result }], { ...context, repository: 'o/r' });
    expect(markdown.split('\n')[0]).toBe('## ❌ forward-sha: blocked: 1 gate failed');
    expect(markdown).toContain('`forward-sha/diverged`');
    expect(markdown).toContain('#### Would be dropped from production: 1');
    expect(markdown).toContain('Hotfix \\| refund');
    expect(markdown).toContain('](https://github.com/o/r/commit/0000000000000000000000000000000000000003)');
  });

  it('says when the list of commits is cut, with the exact count', () => {
    const shipping = Array.from({ length: 100 }, (_, i) => commit(i + 1));
    const result = decideForwardSha({ ...range(shipping), aheadBy: 5000 }, { allowRollback: false, allowRedeploy: true }, undefined);
    const markdown = renderSummary([{ gate: forwardSha, result }], context);
    expect(markdown).toContain('#### Ships: 5000');
    expect(markdown).toContain('…and 4900 more');
  });

  it('shows an error result with its reason and without evidence tables', () => {
    const result = errorResult('forward-sha', new Error('input `production-ref` "nope" does not name a commit'));
    const markdown = renderSummary([{ gate: forwardSha, result: result as GateResult }], context);
    expect(markdown.split('\n')[0]).toContain('⚠️ forward-sha: blocked: 1 could not decide');
    expect(markdown).toContain('forward-sha/could-not-decide');
    expect(markdown).not.toContain('#### Ships');
  });

  it('says "would be blocked" in report mode', () => {
    const result = errorResult('forward-sha', 'x');
    expect(renderSummary([{ gate: forwardSha, result: result as GateResult }], { ...context, mode: 'report' })).toContain('report mode: not enforced');
  });

  it('never exceeds GitHub’s 1 MiB limit and says it was cut', () => {
    const huge = Array.from({ length: 30_000 }, (_, i) => `| row ${i} | ${'x'.repeat(60)} |`).join('\n');
    const text = fitToLimit(['## ❌ blocked', huge, 'last section']);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text.startsWith('## ❌ blocked')).toBe(true);
    expect(text).toContain('cut at GitHub’s 1 MiB limit');
    expect(text).not.toContain('last section');
  });
});

describe('annotations', () => {
  const finding = (i: number, severity: Finding['severity']): Finding => ({ id: `g/${severity}-${i}`, severity, message: `m${i}` });

  it('keeps the 10 worst per type, failing gates first, and counts the rest', () => {
    const failing: GateResult = {
      gate: 'a',
      verdict: 'fail',
      summary: '',
      data: {},
      findings: [...Array.from({ length: 12 }, (_, i) => finding(i, 'error')), finding(99, 'warning')],
    };
    const passing: GateResult = { gate: 'b', verdict: 'pass', summary: '', data: {}, findings: Array.from({ length: 11 }, (_, i) => finding(i, 'notice')) };
    const { annotations, omitted } = selectAnnotations([passing, failing]);
    expect(annotations.filter((a) => a.severity === 'error')).toHaveLength(10);
    expect(annotations.filter((a) => a.severity === 'notice')).toHaveLength(10);
    expect(annotations[0]?.title).toBe('a: g/error-0');
    expect(omitted).toBe(3);
  });
});

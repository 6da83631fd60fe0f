// The job summary: the deploy plan. Verdict in the first line, the reasons in the next few,
// the evidence as tables below. Never larger than GitHub's 1 MiB step-summary limit.

import type { GateDefinition, Links } from '../gates/types.js';
import { combineVerdicts, sortFindings, type Finding, type GateResult, type Verdict } from '../model/result.js';
import { code, escapeMarkdown, escapeMarkdownKeepingCode } from './escape.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the truncation notice and for other steps' summaries on the same job. */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 16 * 1024;

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', error: '⚠️' };

export interface SummaryContext {
  links: Links;
  repository?: string;
  /** The suite's summary says "Deploy"; a single gate's says its name. */
  suite: boolean;
  mode: 'enforce' | 'report';
  /** Annotations left out because GitHub shows only 10 per type per step. */
  annotationsOmitted: number;
}

export interface RenderedGate {
  gate: GateDefinition;
  result: GateResult;
}

export function renderSummary(gates: readonly RenderedGate[], context: SummaryContext): string {
  const verdict = combineVerdicts(gates.map(({ result }) => result.verdict));
  const sections = [headline(gates, verdict, context), verdictTable(gates)];
  if (context.annotationsOmitted > 0) {
    sections.push(`_${context.annotationsOmitted} more findings than GitHub shows as annotations (10 per type per step): all of them are listed below._`);
  }
  for (const { gate, result } of gates) sections.push(gateSection(gate, result, context.links));
  return fitToLimit(sections);
}

function headline(gates: readonly RenderedGate[], verdict: Verdict, context: SummaryContext): string {
  const failed = gates.filter(({ result }) => result.verdict === 'fail').length;
  const errored = gates.filter(({ result }) => result.verdict === 'error').length;
  const reasons = [failed ? `${failed} ${failed === 1 ? 'gate' : 'gates'} failed` : '', errored ? `${errored} could not decide` : '']
    .filter(Boolean)
    .join(', ');
  const what = context.suite ? 'Deploy' : gates[0]!.gate.name;
  const title =
    verdict === 'pass'
      ? `${VERDICT_ICON.pass} ${what}: ${context.suite ? 'allowed' : 'pass'}`
      : `${VERDICT_ICON[verdict]} ${what}: ${context.mode === 'report' ? 'would be blocked (report mode: not enforced)' : 'blocked'}: ${reasons}`;
  return `## ${title}${context.repository ? `\n\n**${escapeMarkdown(context.repository)}**` : ''}`;
}

function verdictTable(gates: readonly RenderedGate[]): string {
  const rows = gates.map(
    ({ result }) => `| ${result.gate} | ${VERDICT_ICON[result.verdict]} ${result.verdict} | ${escapeMarkdownKeepingCode(result.summary, 500)} |`,
  );
  return ['| gate | verdict | why |', '|---|---|---|', ...rows].join('\n');
}

function gateSection(gate: GateDefinition, result: GateResult, links: Links): string {
  const parts = [`### ${VERDICT_ICON[result.verdict]} ${gate.name}`];
  const findings = sortFindings(result.findings);
  if (findings.length) parts.push(findings.map(renderFinding).join('\n'));
  // A gate that threw has no evidence of its own, only the reason (errorResult's data).
  if (!(result.verdict === 'error' && isErrorData(result.data))) {
    try {
      const details = gate.renderMarkdown(result, links);
      if (details) parts.push(details);
    } catch {
      // Evidence that cannot be rendered must not hide the verdict, which is already above.
    }
  }
  return parts.join('\n\n');
}

function isErrorData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'reason' in data && Object.keys(data).length === 1;
}

const SEVERITY_ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function renderFinding(finding: Finding): string {
  const where = finding.file ? ` (${escapeMarkdown(finding.file)}${finding.line ? `:${finding.line}` : ''})` : '';
  return `- ${SEVERITY_ICON[finding.severity]} ${code(finding.id)}: ${escapeMarkdownKeepingCode(finding.message)}${where}`;
}

/**
 * Keeps whole sections while they fit, then cuts the one that does not at a line boundary and
 * says so: a summary over the limit makes the runner drop it entirely.
 */
export function fitToLimit(sections: readonly string[], budget = SUMMARY_BUDGET_BYTES): string {
  const notice = '\n\n_The summary was cut at GitHub’s 1 MiB limit: the `result` output and `--format json` hold everything._\n';
  let used = 0;
  const kept: string[] = [];
  for (const section of sections) {
    const size = Buffer.byteLength(section) + 2;
    if (used + size <= budget) {
      kept.push(section);
      used += size;
      continue;
    }
    const lines: string[] = [];
    for (const line of section.split('\n')) {
      const lineSize = Buffer.byteLength(line) + 1;
      if (used + lineSize > budget) break;
      lines.push(line);
      used += lineSize;
    }
    if (lines.length) kept.push(lines.join('\n'));
    return kept.join('\n\n') + notice;
  }
  return `${kept.join('\n\n')}\n`;
}

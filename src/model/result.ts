// The one result model every gate returns (see ../shared/CONVENTIONS.md).
// `error` means "could not decide" and blocks like `fail`; nothing may turn it into `pass`.

export type Verdict = 'pass' | 'fail' | 'error';

/** error: breaks a rule or prevents a decision; warning: worth a look; notice: for the record. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Stable id, `<gate>/<check>`, e.g. `forward-sha/rollback`. Never reworded once shipped. */
  id: string;
  severity: Severity;
  /** What is wrong, why it matters, what to do instead. */
  message: string;
  /** Short title for annotations. */
  title?: string;
  file?: string;
  line?: number;
}

export interface GateResult<Data = unknown> {
  gate: string;
  verdict: Verdict;
  /** One line a person on call reads first. */
  summary: string;
  findings: Finding[];
  data: Data;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Worst first, so that truncation (annotations, summaries) always keeps the worst findings. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

const verdictRank: Record<Verdict, number> = { pass: 0, fail: 1, error: 2 };

/**
 * The verdict of several gates together: any error wins (the suite could not decide), then any
 * fail. An empty list is an error, never a pass: running no gate proves nothing.
 */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return 'error';
  return verdicts.reduce<Verdict>((worst, v) => (verdictRank[v] > verdictRank[worst] ? v : worst), 'pass');
}

/** Thrown for a problem a user can fix (bad input, missing ref, denied permission): the message names the input and the fix. */
export class GateInputError extends Error {
  override name = 'GateInputError';
}

/** A gate that throws has not decided: it ends in `error`, with the reason as its summary. */
export function errorResult(gate: string, reason: unknown): GateResult<{ reason: string }> {
  const message = reason instanceof Error ? reason.message : String(reason);
  return {
    gate,
    verdict: 'error',
    summary: `could not decide: ${firstLine(message)}`,
    findings: [{ id: `${gate}/could-not-decide`, severity: 'error', title: `${gate} could not decide`, message }],
    data: { reason: message },
  };
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

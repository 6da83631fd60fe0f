// Annotations: GitHub shows at most 10 per type (error, warning, notice) per step, so the
// worst findings of each type are chosen and the rest counted for the summary to mention.

import { sortFindings, type Finding, type GateResult, type Severity } from '../model/result.js';

export const ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  severity: Severity;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

export function selectAnnotations(results: readonly GateResult[]): { annotations: Annotation[]; omitted: number } {
  // Findings of failing/erroring gates come first: they are the reason the deploy stops.
  const ordered = [...results].sort((a, b) => Number(a.verdict === 'pass') - Number(b.verdict === 'pass'));
  const perType: Record<Severity, Annotation[]> = { error: [], warning: [], notice: [] };
  let omitted = 0;
  for (const result of ordered) {
    for (const finding of sortFindings(result.findings)) {
      const bucket = perType[finding.severity];
      if (bucket.length >= ANNOTATIONS_PER_TYPE) {
        omitted++;
        continue;
      }
      bucket.push(toAnnotation(result.gate, finding));
    }
  }
  return { annotations: [...perType.error, ...perType.warning, ...perType.notice], omitted };
}

function toAnnotation(gate: string, finding: Finding): Annotation {
  return {
    severity: finding.severity,
    title: `${gate}: ${finding.title ?? finding.id}`,
    message: `${finding.id}: ${finding.message}`,
    file: finding.file,
    line: finding.line,
  };
}

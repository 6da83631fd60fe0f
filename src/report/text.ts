// The terminal report of the CLI: the same facts as the job summary, without markdown.

import type { RenderedGate } from './markdown.js';
import { combineVerdicts, sortFindings } from '../model/result.js';

const LABEL = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' } as const;

export function renderText(gates: readonly RenderedGate[]): string {
  const verdict = combineVerdicts(gates.map(({ result }) => result.verdict));
  const lines: string[] = [];
  if (gates.length > 1) lines.push(`deploy-gates: ${LABEL[verdict]}`, '');
  for (const { gate, result } of gates) {
    lines.push(`${gate.name}: ${LABEL[result.verdict]}: ${result.summary}`);
    for (const finding of sortFindings(result.findings)) {
      const where = finding.file ? ` (${finding.file}${finding.line ? `:${finding.line}` : ''})` : '';
      lines.push(`  [${finding.severity}] ${finding.id}: ${finding.message}${where}`);
    }
    if (result.verdict !== 'error') {
      const details = gate.renderText(result);
      if (details) lines.push(...details.split('\n').map((line) => `  ${line}`));
    }
    lines.push('');
  }
  return lines.join('\n');
}

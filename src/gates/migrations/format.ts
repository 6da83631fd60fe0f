// Durations and sizes as a person on call reads them: ranges, never false precision.

import type { Estimate } from './model.js';

/** 1.2 s, 45 s, 6 min, 1.5 h */
export function formatSeconds(seconds: number): string {
  if (seconds < 1) return '< 1 s';
  if (seconds < 60) return `${round(seconds)} s`;
  if (seconds < 3600) return `${round(seconds / 60)} min`;
  return `${round(seconds / 3600)} h`;
}

/** `< 1 s`, `2-5 s`, `6-9 min`, `50 s-2 min`, `unknown` */
export function formatEstimate(estimate: Estimate | null): string {
  if (!estimate) return 'unknown';
  if (estimate.high < 1) return '< 1 s';
  const unit = (seconds: number) => (seconds < 60 ? 's' : seconds < 3600 ? 'min' : 'h');
  const low = Math.max(estimate.low, 0);
  if (low < 1) return `< ${formatSeconds(estimate.high)}`;
  if (unit(low) === unit(estimate.high)) {
    const lowText = formatSeconds(low).replace(/ \w+$/, '');
    const highText = formatSeconds(estimate.high);
    return lowText === highText.replace(/ \w+$/, '') ? `~${highText}` : `${lowText}-${highText}`;
  }
  return `${formatSeconds(low)}-${formatSeconds(estimate.high)}`;
}

/** 950, 12k, 3.1M, 1.2B */
export function formatRows(rows: number | 'new' | null | undefined): string {
  if (rows === 'new') return 'new';
  if (rows === null) return 'unknown';
  if (rows === undefined) return '';
  if (rows < 1000) return String(Math.round(rows));
  if (rows < 1e6) return `${round(rows / 1e3)}k`;
  if (rows < 1e9) return `${round(rows / 1e6)}M`;
  return `${round(rows / 1e9)}B`;
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

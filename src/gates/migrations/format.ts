// Durations and sizes as a person on call reads them: ranges, never false precision.

import type { Estimate } from './model.js';

/** 1.2 s, 45 s, 6 min, 1.5 h */
export function formatSeconds(seconds: number): string {
  if (seconds < 1) return '< 1 s';
  // By the rounded value, so that 59.7 s reads `1 min`, not `60 s`.
  if (Number(round(seconds)) < 60) return `${round(seconds)} s`;
  if (Number(round(seconds / 60)) < 60) return `${round(seconds / 60)} min`;
  return `${round(seconds / 3600)} h`;
}

/** `< 1 s`, `2-5 s`, `6-9 min`, `50 s-2 min`, `unknown` */
export function formatEstimate(estimate: Estimate | null): string {
  if (!estimate) return 'unknown';
  if (estimate.high < 1) return '< 1 s';
  const unit = (seconds: number) => formatSeconds(seconds).split(' ').pop();
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
  // By the rounded value, so that 999,999 reads `1M`, not `1000k`.
  if (Math.round(rows) < 1000) return String(Math.round(rows));
  if (Number(round(rows / 1e3)) < 1000) return `${round(rows / 1e3)}k`;
  if (Number(round(rows / 1e6)) < 1000) return `${round(rows / 1e6)}M`;
  return `${round(rows / 1e9)}B`;
}

function round(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** "estimated 6-9 min in total", or "total unknown" when any part is. */
export function totalPhrase(total: Estimate | null): string {
  return total ? `estimated ${formatEstimate(total)} in total` : 'total duration unknown';
}

// Least squares with non-negative coefficients, for a handful of timings and two or three
// features. A negative rate (a table that gets faster with more rows) is noise, never physics, so
// it is clamped to zero and the other coefficients are refitted without it.

/** Coefficients minimising the squared error of `features · coefficients ≈ targets`, all >= 0. */
export function fitNonNegative(features: readonly (readonly number[])[], targets: readonly number[], weights?: readonly number[]): number[] {
  const width = features[0]?.length ?? 0;
  let best: { coefficients: number[]; error: number } | undefined;
  // Every subset of active features (at most 2^3 here): the best feasible one is the NNLS answer.
  for (let mask = 1; mask < 1 << width; mask++) {
    const active = [...Array(width).keys()].filter((column) => mask & (1 << column));
    const solved = solveLeastSquares(
      features.map((row) => active.map((column) => row[column] ?? 0)),
      targets,
      weights,
    );
    if (!solved || solved.some((value) => value < 0)) continue;
    const coefficients = Array<number>(width).fill(0);
    active.forEach((column, i) => (coefficients[column] = solved[i] ?? 0));
    const error = features.reduce((sum, row, i) => {
      const predicted = row.reduce((acc, value, column) => acc + value * (coefficients[column] ?? 0), 0);
      return sum + (weights?.[i] ?? 1) * (predicted - (targets[i] ?? 0)) ** 2;
    }, 0);
    if (!best || error < best.error - 1e-18) best = { coefficients, error };
  }
  return best?.coefficients ?? Array<number>(width).fill(0);
}

/** Weighted normal equations, solved by Gaussian elimination; undefined when singular. */
function solveLeastSquares(rows: number[][], targets: readonly number[], weights?: readonly number[]): number[] | undefined {
  const n = rows[0]?.length ?? 0;
  // Columns are scaled to unit size first: rows are ~1e6 and seconds ~1, a mix the elimination dislikes.
  const scale = [...Array(n).keys()].map((column) => Math.max(...rows.map((row) => Math.abs(row[column] ?? 0))) || 1);
  const a = [...Array(n)].map(() => Array<number>(n + 1).fill(0));
  rows.forEach((row, i) => {
    const w = weights?.[i] ?? 1;
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) a[r][c] += (w * (row[r] ?? 0) * (row[c] ?? 0)) / (scale[r] * scale[c]);
      a[r][n] += (w * (row[r] ?? 0) * (targets[i] ?? 0)) / scale[r];
    }
  });
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let r = column + 1; r < n; r++) if (Math.abs(a[r][column]) > Math.abs(a[pivot][column])) pivot = r;
    if (Math.abs(a[pivot][column]) < 1e-12) return undefined;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    for (let r = 0; r < n; r++) {
      if (r === column) continue;
      const factor = a[r][column] / a[column][column];
      for (let c = column; c <= n; c++) a[r][c] -= factor * a[column][c];
    }
  }
  return [...Array(n).keys()].map((r) => a[r][n] / a[r][r] / scale[r]);
}

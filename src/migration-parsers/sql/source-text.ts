// Positions and excerpts shared by the PostgreSQL and MySQL readers, so that both report lines and
// code the way the Ruby parser does (1-based line in the migration file, one trimmed line).

const MAX_EXCERPT = 160;

/**
 * Maps character offsets in `text` to 1-based lines counted from `firstLine` (the line `text`
 * starts on). Newlines are indexed once: a data migration can hold thousands of statements.
 */
export function lineCounter(text: string, firstLine: number): (index: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (index) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (newlines[middle] < index) low = middle + 1;
      else high = middle;
    }
    return firstLine + low;
  };
}

/** The first non-blank line of a statement, trimmed to what fits in a finding. */
export function codeExcerpt(statement: string): string {
  const first = statement.split('\n').find((line) => line.trim() !== '') ?? '';
  const trimmed = first.trim();
  return trimmed.length <= MAX_EXCERPT ? trimmed : trimmed.slice(0, MAX_EXCERPT);
}

/** Drops fields set to undefined, so that an operation only carries what the SQL said. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

// Cuts source text out of a parsed PostgreSQL statement. libpg-query 18 has no deparser, and the
// cost model wants types and default expressions as written (`varchar(255)`, `now()`), so they are
// taken from the source by the parser's byte locations and the scanner's tokens.

import type { ScanToken } from 'libpg-query';
import { firstTokenAtOrAfter, type PgNode, type PgStatement } from './pg-statements.js';

/** Keywords that end a column's type in a column definition or ALTER COLUMN ... TYPE. */
const AFTER_TYPE = new Set([
  'DEFAULT', 'NOT', 'NULL', 'CONSTRAINT', 'CHECK', 'PRIMARY', 'UNIQUE', 'REFERENCES', 'COLLATE',
  'GENERATED', 'USING', 'COMPRESSION', 'STORAGE', 'DEFERRABLE', 'INITIALLY',
]);

/** The type as written from the TypeName's location (`character varying(255)`, `timestamp with time zone`). */
export function typeText(statement: PgStatement, typeName: PgNode): string {
  const start = typeof typeName.location === 'number' ? typeName.location : -1;
  if (start < 0) return namesOf(typeName.names).join('.');
  const tokens = statement.tokens;
  let index = firstTokenAtOrAfter(tokens, start);
  if (index >= tokens.length) return namesOf(typeName.names).join('.');
  const first = index;
  let depth = 0;
  for (; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.text === '(' || token.text === '[') depth++;
    else if (token.text === ')' || token.text === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && index > first && (token.text === ',' || token.text === ';' || AFTER_TYPE.has(token.text.toUpperCase()))) break;
  }
  return sourceBetween(statement, tokens[first], tokens[index - 1]);
}

/** An expression node's source text, from its first token to its last, parentheses balanced. */
export function expressionText(statement: PgStatement, expression: PgNode): string {
  const locations: number[] = [];
  collectLocations(expression, locations);
  const tokens = statement.tokens;
  if (locations.length === 0 || tokens.length === 0) return '';
  const min = Math.min(...locations);
  const max = Math.max(...locations);
  let first = firstTokenAtOrAfter(tokens, min);
  let last = firstTokenAtOrAfter(tokens, max + 1) - 1;
  if (first >= tokens.length || last < first) return '';
  let depth = parenthesisDepth(tokens.slice(first, last + 1));
  // The last location is the start of the last node; a call's closing parentheses come after it.
  while (depth > 0 && last + 1 < tokens.length) {
    last++;
    if (tokens[last].text === '(') depth++;
    else if (tokens[last].text === ')') depth--;
  }
  // A call without arguments (`now()`) has no location after its name.
  while (last + 1 < tokens.length && tokens[last + 1].text === '(') {
    last = closingParenthesis(tokens, last + 1);
  }
  // `(a + b)::int` has its first location inside the parentheses.
  while (depth < 0 && first > 0 && tokens[first - 1].text === '(') {
    first--;
    depth++;
  }
  return sourceBetween(statement, tokens[first], tokens[last]);
}

/** `[{String:{sval:'pg_catalog'}},{String:{sval:'int8'}}]` → ['pg_catalog', 'int8']. */
export function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((item: PgNode) => item?.String?.sval).filter((name): name is string => typeof name === 'string');
}

function sourceBetween(statement: PgStatement, first: ScanToken, last: ScanToken): string {
  return statement.parsed.subarray(first.start, last.end).toString('utf8');
}

/** Index of the `)` that closes the `(` at `open` (the last token when unbalanced). */
function closingParenthesis(tokens: readonly ScanToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].text === '(') depth++;
    else if (tokens[i].text === ')' && --depth === 0) return i;
  }
  return tokens.length - 1;
}

function parenthesisDepth(tokens: readonly ScanToken[]): number {
  let depth = 0;
  for (const token of tokens) {
    if (token.text === '(') depth++;
    else if (token.text === ')') depth--;
  }
  return depth;
}

function collectLocations(node: unknown, into: number[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectLocations(item, into);
  } else if (node && typeof node === 'object') {
    for (const [field, value] of Object.entries(node)) {
      if (field === 'location' && typeof value === 'number' && value >= 0) into.push(value);
      else collectLocations(value, into);
    }
  }
}

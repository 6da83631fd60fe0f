// Splits PostgreSQL source into statements with the real parser (libpg-query, WebAssembly).
// The module is loaded once, lazily: repositories without SQL migrations never pay for it.
// When one statement does not parse, the others still do (the file is cut at `;` tokens of the
// real scanner, which knows dollar quotes and comments), so one typo does not hide a table rewrite.

import { loadModule, parseSync, scanSync, type ScanToken } from 'libpg-query';

// The AST is foreign JSON (libpg_query's protobuf-JSON); its node types are a union of hundreds of
// shapes, and this reader only looks at a few fields of a few of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PgNode = { [field: string]: any };

/** One statement, with what is needed to cut text out of it by the parser's byte locations. */
export interface PgStatement {
  /** The node type: 'AlterTableStmt', 'IndexStmt', ... */
  type: string;
  node: PgNode;
  /** The statement text, from its first token to its end, without the `;`. */
  text: string;
  /** Character offset of `text` in the whole source. */
  offset: number;
  /** The bytes that were parsed: AST locations are byte offsets into these. */
  parsed: Buffer;
  /** The scanner's tokens of `parsed` (comments excluded). */
  tokens: ScanToken[];
}

export interface PgSyntaxError {
  message: string;
  /** Character offset in the whole source. */
  offset: number;
}

let loading: Promise<void> | undefined;

export async function loadPostgresParser(): Promise<void> {
  loading ??= loadModule();
  await loading;
}

/** Statements of `sql` in order, and the syntax errors of the statements that did not parse. */
export async function splitPostgresStatements(
  sql: string,
): Promise<{ statements: PgStatement[]; errors: PgSyntaxError[] }> {
  await loadPostgresParser();
  try {
    return { statements: statementsOf(sql, 0), errors: [] };
  } catch (error) {
    return recoverStatementByStatement(sql, error);
  }
}

function recoverStatementByStatement(
  sql: string,
  wholeFileError: unknown,
): { statements: PgStatement[]; errors: PgSyntaxError[] } {
  let tokens: ScanToken[];
  try {
    tokens = scanSync(sql).tokens;
  } catch {
    // A lexical error (an unterminated quote) leaves no reliable statement boundaries.
    return { statements: [], errors: [syntaxError(wholeFileError, 0)] };
  }
  const bytes = Buffer.from(sql, 'utf8');
  const charOffsetOf = byteToCharOffsets(bytes);
  const statements: PgStatement[] = [];
  const errors: PgSyntaxError[] = [];
  let chunkStart = 0;
  const boundaries = tokens.filter((token) => token.text === ';').map((token) => token.end);
  if (boundaries.at(-1) !== bytes.length) boundaries.push(bytes.length);
  for (const chunkEnd of boundaries) {
    const chunk = bytes.subarray(chunkStart, chunkEnd).toString('utf8');
    const chunkOffset = charOffsetOf(chunkStart);
    chunkStart = chunkEnd;
    if (chunk.trim() === '') continue;
    try {
      statements.push(...statementsOf(chunk, chunkOffset));
    } catch (error) {
      errors.push(syntaxError(error, chunkOffset));
    }
  }
  return { statements, errors };
}

function statementsOf(sql: string, offsetInSource: number): PgStatement[] {
  const parsed = Buffer.from(sql, 'utf8');
  const result = parseSync(sql) as unknown as { stmts?: { stmt: PgNode; stmt_location?: number; stmt_len?: number }[] };
  const tokens = result.stmts?.length ? scanSync(sql).tokens : [];
  const charOffsetOf = byteToCharOffsets(parsed);
  return (result.stmts ?? []).map((raw) => {
    const location = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? location + raw.stmt_len : parsed.length;
    // stmt_location can point at comments before the statement; its first token is where it starts.
    const start = tokens[firstTokenAtOrAfter(tokens, location)]?.start ?? location;
    const type = Object.keys(raw.stmt)[0] ?? 'Unknown';
    const text = parsed.subarray(start, Math.max(start, end)).toString('utf8').trimEnd();
    return { type, node: raw.stmt[type] as PgNode, text, offset: offsetInSource + charOffsetOf(start), parsed, tokens };
  });
}

/** Index of the first token starting at or after byte `location` (tokens.length when none). */
export function firstTokenAtOrAfter(tokens: readonly ScanToken[], location: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].start < location) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Converts increasing byte offsets to character offsets (UTF-16 units, as JavaScript strings count)
 * by walking forward from the previous answer, so a file of thousands of statements stays linear.
 */
function byteToCharOffsets(bytes: Buffer): (byteOffset: number) => number {
  let byteCursor = 0;
  let charCursor = 0;
  return (byteOffset) => {
    if (byteOffset < byteCursor) {
      byteCursor = 0;
      charCursor = 0;
    }
    charCursor += bytes.subarray(byteCursor, byteOffset).toString('utf8').length;
    byteCursor = byteOffset;
    return charCursor;
  };
}

function syntaxError(error: unknown, chunkOffset: number): PgSyntaxError {
  const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
  const message = error instanceof Error ? error.message : String(error);
  // libpg-query reports the cursor as a 0-based character index into the string it parsed.
  return { message, offset: chunkOffset + Math.max(0, details?.cursorPosition ?? 0) };
}

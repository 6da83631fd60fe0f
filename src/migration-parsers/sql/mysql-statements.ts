// Splits MySQL/MariaDB source into statements. node-sql-parser is not MySQL's own parser: it
// rejects valid statements (triggers, PARTITION BY, CHECK constraints...), and one rejected statement
// must not hide the others, so the file is cut here first. The splitter knows quotes, backticks,
// comments and the client's DELIMITER command, which is how triggers and procedures are written.

export interface MysqlStatement {
  /** The statement from its first token, without the delimiter. */
  text: string;
  /** Character offset of `text` in the source. */
  offset: number;
}

const DELIMITER_COMMAND = /^[ \t]*delimiter[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i;

export function splitMysqlStatements(sql: string): MysqlStatement[] {
  const statements: MysqlStatement[] = [];
  let delimiter = ';';
  let start = 0;
  let index = 0;
  const flush = (end: number): void => {
    const statement = trimStatement(sql, start, end);
    if (statement) statements.push(statement);
  };
  while (index < sql.length) {
    if (atLineStart(sql, index)) {
      // DELIMITER is a command of the mysql client, not SQL: it only counts at the start of a line.
      const command = DELIMITER_COMMAND.exec(sql.slice(index, sql.indexOf('\n', index) === -1 ? undefined : sql.indexOf('\n', index) + 1));
      if (command && isBlank(sql, start, index)) {
        delimiter = command[1];
        index += command[0].length;
        start = index;
        continue;
      }
    }
    const char = sql[index];
    if (char === "'" || char === '"' || char === '`') {
      index = endOfQuoted(sql, index, char);
    } else if (char === '#' || (char === '-' && sql.startsWith('--', index) && /[\s]|$/.test(sql[index + 2] ?? ''))) {
      const newline = sql.indexOf('\n', index);
      index = newline === -1 ? sql.length : newline;
    } else if (char === '/' && sql[index + 1] === '*') {
      const close = sql.indexOf('*/', index + 2);
      index = close === -1 ? sql.length : close + 2;
    } else if (sql.startsWith(delimiter, index)) {
      flush(index);
      index += delimiter.length;
      start = index;
    } else {
      index++;
    }
  }
  flush(sql.length);
  return statements;
}

/** Index after the closing quote; a doubled quote or a backslash escape does not close it. */
function endOfQuoted(sql: string, open: number, quote: string): number {
  let index = open + 1;
  while (index < sql.length) {
    const char = sql[index];
    if (char === '\\' && quote !== '`') index += 2;
    else if (char === quote && sql[index + 1] === quote) index += 2;
    else if (char === quote) return index + 1;
    else index++;
  }
  return sql.length;
}

/** The statement between `start` and `end` without the blanks and comments before it. */
function trimStatement(sql: string, start: number, end: number): MysqlStatement | undefined {
  let index = start;
  for (;;) {
    while (index < end && /\s/.test(sql[index])) index++;
    if (sql.startsWith('#', index) || (sql.startsWith('--', index) && /\s|$/.test(sql[index + 2] ?? ''))) {
      const newline = sql.indexOf('\n', index);
      index = newline === -1 || newline > end ? end : newline;
    } else if (sql.startsWith('/*', index) && sql[index + 2] !== '!') {
      // `/*!50100 ... */` is executed by MySQL, so it is part of the statement.
      const close = sql.indexOf('*/', index + 2);
      index = close === -1 || close + 2 > end ? end : close + 2;
    } else break;
  }
  const text = sql.slice(index, end).trimEnd();
  return text === '' ? undefined : { text, offset: index };
}

function atLineStart(sql: string, index: number): boolean {
  return index === 0 || sql[index - 1] === '\n';
}

function isBlank(sql: string, start: number, end: number): boolean {
  return trimStatement(sql, start, end) === undefined;
}

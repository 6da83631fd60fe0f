// Untrusted text (commit subjects, author names, API data, values echoed in error messages) in
// markdown: no links, images, HTML, mentions or table breaks can be injected. Everything is
// rendered on one line and only ever placed after other text or inside a table cell, so the
// characters that matter only at the start of a line (#, -, +, >, 1.) need no escape.

const INLINE_SPECIALS = /[\\`*_[\]|~]/g;
const ZERO_WIDTH_SPACE = '\u200b';

export function escapeMarkdown(text: string, maxLength = 300): string {
  return escapeInline(oneLine(text, maxLength));
}

/**
 * Like escapeMarkdown, but keeps `code spans` (our messages quote inputs that way). Inside a code
 * span nothing is rendered, so its content is left as it is; with unbalanced backticks every
 * backtick is escaped instead.
 */
export function escapeMarkdownKeepingCode(text: string, maxLength = 2000): string {
  const line = oneLine(text, maxLength);
  const parts = line.split('`');
  if (parts.length % 2 === 0) return escapeInline(line);
  return parts.map((part, index) => (index % 2 === 1 ? part : escapeInline(part))).join('`');
}

function oneLine(text: string, maxLength: number): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

function escapeInline(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(INLINE_SPECIALS, (char) => `\\${char}`)
      // GitHub links bare URLs and notifies @mentions after rendering; a zero-width space stops both.
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
      .replace(/@(?=\w)/g, `@${ZERO_WIDTH_SPACE}`)
  );
}

/** A link whose visible text is escaped and whose URL we built ourselves. */
export function link(text: string, url: string | undefined): string {
  const label = escapeMarkdown(text);
  return url ? `[${label}](${url})` : label;
}

/** Inline code for values we produced (SHAs, ids, dates); backticks inside are dropped. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}

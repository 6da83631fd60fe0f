// Untrusted text (commit subjects, author names, API data) in markdown: no links, images, HTML,
// mentions or table breaks can be injected.

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|~>]/g;

export function escapeMarkdown(text: string, maxLength = 300): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ').trim();
  const cut = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;') // no @mentions that notify people from a commit message
    .replace(MARKDOWN_SPECIALS, (char) => `\\${char}`);
}

/** A link whose visible text is escaped and whose URL we built ourselves. */
export function link(text: string, url: string | undefined): string {
  const label = escapeMarkdown(text);
  return url ? `[${label}](${url})` : label;
}

/** Inline code for values we produced (SHAs, ids); backticks inside are dropped. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}

// Prism reports positions as UTF-8 byte offsets; JavaScript strings index UTF-16 code units.
// This maps one to the other so lines and excerpts stay right in files with non-ASCII comments.

export interface SourceText {
  /** 1-based line of a byte offset. */
  lineAt(byteOffset: number): number;
  /** The source between two byte offsets. */
  slice(byteOffset: number, byteLength: number): string;
  /** One trimmed line, cut to `maxLength` characters. */
  excerpt(line: number, maxLength?: number): string;
}

const NON_ASCII = /[^\x00-\x7f]/;

export function sourceText(source: string): SourceText {
  // Most migrations are ASCII, where bytes and characters coincide: skip encoding the file.
  const bytes = NON_ASCII.test(source) ? Buffer.from(source, 'utf8') : undefined;
  let lineStarts: number[] | undefined;
  let lines: string[] | undefined;

  const byteLineStarts = (): number[] => {
    if (lineStarts) return lineStarts;
    lineStarts = [0];
    if (bytes) {
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lineStarts.push(i + 1);
    } else {
      for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    return lineStarts;
  };

  return {
    lineAt(byteOffset) {
      const starts = byteLineStarts();
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= byteOffset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
    slice(byteOffset, byteLength) {
      if (!bytes) return source.slice(byteOffset, byteOffset + byteLength);
      return bytes.toString('utf8', byteOffset, byteOffset + byteLength);
    },
    excerpt(line, maxLength = 160) {
      lines ??= source.split('\n');
      const text = (lines[line - 1] ?? '').trim();
      return text.length > maxLength ? text.slice(0, maxLength) : text;
    },
  };
}

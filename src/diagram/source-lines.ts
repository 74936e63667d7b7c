// Mermaid source → numbered lines ready for a diagram parser: line endings and a byte-order mark
// normalised, YAML front matter read for its title, `%%` comments and `%%{init}%%` directives dropped.

export interface SourceLine {
  text: string;
  /** 1-based line number in the source the user sees. */
  line: number;
}

export interface SourceLines {
  lines: SourceLine[];
  title?: string;
}

export function sourceLines(source: string): SourceLines {
  const raw = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let start = 0;
  let title: string | undefined;
  while (start < raw.length && !raw[start].trim()) start++;
  if (raw[start]?.trim() === '---') {
    const end = raw.findIndex((l, i) => i > start && l.trim() === '---');
    if (end > start) {
      for (const l of raw.slice(start + 1, end)) {
        const m = /^title\s*:\s*(.+)$/.exec(l.trim());
        if (m) title = m[1].trim().replace(/^(["'])(.*)\1$/, '$2');
      }
      start = end + 1;
    }
  }
  const lines: SourceLine[] = [];
  for (let i = start; i < raw.length; i++) {
    const text = raw[i].trim();
    // Comments are whole lines in Mermaid; a `%%` inside a label is text.
    if (!text || text.startsWith('%%')) continue;
    lines.push({ text, line: i + 1 });
  }
  return { lines, title };
}

/** How a line is quoted in a warning: short enough to read in a pane. */
export function quoteLine(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

import { isCjk } from '../markdown/inline-text';
import type { ListItem, Outline, OutlineBlock, OutlineNode } from './types';

/** Tree → Outline Markdown. outlineFromMarkdown(serializeOutline(o)) gives o back (heading levels normalised). */
export function serializeOutline(outline: Outline): string {
  const out: string[] = [];
  const root = outline.root;
  if (root.title) out.push(heading(1, root.title));
  writeBody(root, out);
  for (const c of root.children) writeNode(c, 2, out);
  // Blocks are joined by one blank line; blank lines inside a code block are the code's own.
  return out.filter((b) => b !== '').join('\n\n') + '\n';
}

function writeNode(n: OutlineNode, level: number, out: string[]): void {
  out.push(heading(level, n.title));
  writeBody(n, out);
  for (const c of n.children) writeNode(c, level + 1, out);
}

// A title ending in `#` ("Learn C #") keeps it: unescaped, Markdown reads it as the heading's closing marks.
function heading(level: number, title: string): string {
  return `${'#'.repeat(Math.min(level, 6))} ${title.replace(/(^|\s)(#+)$/, '$1\\$2')}`;
}

function writeBody(n: OutlineNode, out: string[]): void {
  for (const b of n.blocks) out.push(writeBlock(b));
  for (const note of n.notes) out.push(`${[...note].some(isCjk) ? '备注：' : 'Notes: '}${note}`);
}

export function writeBlock(b: OutlineBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text;
    case 'quote':
      return `> ${b.text}`;
    case 'image':
      return `![${b.alt}](${b.src})`;
    case 'code':
    case 'diagram': {
      const code = b.kind === 'code' ? b.code : b.source;
      const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((m) => m.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${b.kind === 'code' ? b.lang : 'mermaid'}\n${code}\n${fence}`;
    }
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
      return [row(b.header), `| ${b.header.map(() => '---').join(' | ')} |`, ...b.rows.map(row)].join('\n');
    }
    case 'list':
      return writeItems(b.items, 0).join('\n');
  }
}

function writeItems(items: ListItem[], depth: number): string[] {
  const lines: string[] = [];
  let n = 0;
  for (const item of items) {
    n = item.ordered ? n + 1 : 0;
    const marker = item.ordered ? `${n}.` : '-';
    lines.push(`${'    '.repeat(depth)}${marker} ${item.text}`);
    lines.push(...writeItems(item.children, depth + 1));
  }
  return lines;
}

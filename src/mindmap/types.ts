/**
 * The one tree every mind-map reader produces and every exporter consumes. Titles are plain text on one
 * line; notes are plain text whose paragraphs are separated by a blank line.
 */
export interface MindNode {
  title: string;
  note?: string;
  children: MindNode[];
}

/** Output formats, named by the file extension that selects them. */
export type MindFormat = 'md' | 'xmind' | 'opml' | 'svg' | 'png' | 'html';

export const MIND_FORMATS: readonly MindFormat[] = ['xmind', 'md', 'opml', 'svg', 'png', 'html'];

export const MIND_MIME: Record<MindFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  xmind: 'application/vnd.xmind.workbook',
  opml: 'text/x-opml;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
  html: 'text/html;charset=utf-8',
};

export function countNodes(root: MindNode): number {
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop() as MindNode;
    n++;
    for (const c of node.children) stack.push(c);
  }
  return n;
}

export function treeDepth(root: MindNode): number {
  let max = 0;
  const stack: [MindNode, number][] = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop() as [MindNode, number];
    if (d > max) max = d;
    for (const c of node.children) stack.push([c, d + 1]);
  }
  return max;
}

/**
 * The one tree every mind-map reader produces and every exporter consumes. Titles are plain text on one
 * line; notes are plain text whose paragraphs are separated by a blank line.
 */
export interface MindNode {
  title: string;
  note?: string;
  children: MindNode[];
  /** A link the topic opens: XMind's href, OPML's url / htmlUrl / xmlUrl. */
  href?: string;
  /** XMind labels and marker ids (`priority-1`, `task-done`, `flag-red`). */
  labels?: string[];
  markers?: string[];
  /** A picture on the topic, with its bytes (written into the .xmind we make). */
  image?: MindImage;
  /** XMind summaries: a brace over children start…end (inclusive) with its own topic. */
  summaries?: MindSummary[];
  /** XMind callouts on this topic. */
  callouts?: MindNode[];
  /** The source's id, kept only where a relationship or an internal link names the topic. */
  id?: string;
  /** OPML attributes other than text and _note (type, xmlUrl, htmlUrl, created…), written back to OPML. */
  attributes?: Record<string, string>;
  /** Central topic only: floating (detached) topics and relationships between topics (by id). */
  floating?: MindNode[];
  relationships?: MindRelationship[];
}

export interface MindImage {
  /** File name inside the map (resources/<name> in .xmind). */
  name: string;
  data: Uint8Array;
  width?: number;
  height?: number;
}

export interface MindSummary {
  start: number;
  end: number;
  topic: MindNode;
}

export interface MindRelationship {
  from: string;
  to: string;
  title?: string;
}

export type { MindFormat } from './exporters';

/** Every topic: children, floating topics, summary topics and callouts alike. */
export function countNodes(root: MindNode): number {
  let n = 0;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop() as MindNode;
    n++;
    for (const c of node.children) stack.push(c);
    for (const c of node.floating ?? []) stack.push(c);
    for (const c of node.callouts ?? []) stack.push(c);
    for (const s of node.summaries ?? []) stack.push(s.topic);
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

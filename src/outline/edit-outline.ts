import { outlineFromMarkdown } from './from-markdown';
import { serializeOutline } from './serialize-outline';
import type { ListItem, Outline, OutlineBlock, OutlineNode } from './types';

// Edits on the outline tree for a structured editor (a list of slides, each a title and bullets): every
// edit takes an Outline and returns a new one, and the Markdown is always serializeOutline(result), so the
// editor and the Markdown view share one core and round-trip. Blocks an edit does not name (tables, code,
// diagrams, pictures, notes, paragraphs) are kept as they are.

/** Where a node is: indices from the root's children down. */
export type NodePath = readonly number[];

/** One bullet of a slide, flat: its text and how deep it is indented (0 = top level). */
export interface Bullet {
  text: string;
  level: number;
}

/** What a node holds that the list-of-slides editor does not show as inputs; it keeps them as they are. */
export type KeptKind = OutlineBlock['kind'] | 'notes';

/** One heading under the title, in document order: a section (depth 1) or a slide under it (depth 2+). */
export interface OutlineEntry {
  path: NodePath;
  depth: number;
  title: string;
  bullets: Bullet[];
  /** Everything else under the heading (its other lists, tables, pictures, code, notes…), counted by kind. */
  kept: Array<{ kind: KeptKind; n: number }>;
  /** Headings under this one. */
  children: number;
}

function flatten(items: readonly ListItem[], level: number, out: Bullet[]): Bullet[] {
  for (const it of items) {
    out.push({ text: it.text, level });
    flatten(it.children, level + 1, out);
  }
  return out;
}

/** The bullets of a node: its first list, flattened. */
export function bulletsOf(node: OutlineNode): Bullet[] {
  const list = node.blocks.find((b) => b.kind === 'list');
  return list && list.kind === 'list' ? flatten(list.items, 0, []) : [];
}

const KEPT_ORDER: readonly KeptKind[] = ['table', 'image', 'diagram', 'code', 'quote', 'paragraph', 'list', 'notes'];

/** The node's blocks other than its bullets (the first list), and its notes, counted by kind in a fixed order. */
export function keptOf(node: OutlineNode): Array<{ kind: KeptKind; n: number }> {
  const counts = new Map<KeptKind, number>();
  const first = node.blocks.find((b) => b.kind === 'list');
  for (const b of node.blocks) if (b !== first) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  if (node.notes.length) counts.set('notes', node.notes.length);
  return KEPT_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, n: counts.get(kind)! }));
}

/** Every heading under the title, depth first, with its bullets. */
export function outlineEntries(o: Outline): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const walk = (nodes: readonly OutlineNode[], path: number[]) =>
    nodes.forEach((n, i) => {
      out.push({ path: [...path, i], depth: path.length + 1, title: n.title, bullets: bulletsOf(n), kept: keptOf(n), children: n.children.length });
      walk(n.children, [...path, i]);
    });
  walk(o.root.children, []);
  return out;
}

/** Flat bullets → nested list items; a bullet indented more than one level past the one before is pulled back. */
export function bulletsToItems(bullets: readonly Bullet[], ordered = false): ListItem[] {
  const root: ListItem[] = [];
  const stack: ListItem[][] = [root];
  for (const b of bullets) {
    const level = Math.max(0, Math.min(b.level, stack.length - 1));
    stack.length = level + 1;
    const item: ListItem = { text: b.text, ordered, children: [] };
    stack[level]!.push(item);
    stack.push(item.children);
  }
  return root;
}

/** Bullet i indented (+1) or outdented (-1), within what the list can hold (one level past the bullet before it). */
export function shiftBullet(bullets: readonly Bullet[], i: number, delta: 1 | -1): Bullet[] {
  const max = i === 0 ? 0 : bullets[i - 1]!.level + 1;
  return bullets.map((b, j) => (j === i ? { ...b, level: Math.max(0, Math.min(max, b.level + delta)) } : b));
}

function siblingsAt(o: Outline, path: NodePath): OutlineNode[] {
  let nodes = o.root.children;
  for (const i of path.slice(0, -1)) nodes = nodes[i]!.children;
  return nodes;
}

/** A copy of the outline with one node changed by `fn` (which gets the node's siblings and its index). */
function edit(o: Outline, path: NodePath, fn: (siblings: OutlineNode[], i: number) => void): Outline {
  const copy = structuredClone(o);
  const i = path[path.length - 1];
  if (i === undefined) return copy;
  const siblings = siblingsAt(copy, path);
  if (i >= 0 && i <= siblings.length) fn(siblings, i);
  return copy;
}

/** The node's title changed; with an empty path, the deck's (the `#` line). */
export function renameNode(o: Outline, path: NodePath, title: string): Outline {
  if (path.length === 0) {
    const copy = structuredClone(o);
    copy.root.title = title;
    return copy;
  }
  return edit(o, path, (s, i) => s[i] && (s[i].title = title));
}

/** The node's bullets replaced (its first list; a list is added before its other blocks if it had none, removed when empty). */
export function setBullets(o: Outline, path: NodePath, bullets: readonly Bullet[]): Outline {
  return edit(o, path, (s, i) => {
    const node = s[i];
    if (!node) return;
    const at = node.blocks.findIndex((b) => b.kind === 'list');
    const old = at >= 0 ? node.blocks[at] : undefined;
    const ordered = old?.kind === 'list' && old.items[0]?.ordered === true;
    const list = { kind: 'list' as const, items: bulletsToItems(bullets, ordered) };
    if (at >= 0) node.blocks.splice(at, 1, ...(bullets.length ? [list] : []));
    else if (bullets.length) node.blocks.unshift(list);
  });
}

/** The node swapped with its previous (-1) or next (+1) sibling; at either end nothing moves. */
export function moveNode(o: Outline, path: NodePath, delta: 1 | -1): Outline {
  return edit(o, path, (s, i) => {
    const j = i + delta;
    if (j < 0 || j >= s.length) return;
    [s[i], s[j]] = [s[j]!, s[i]!];
  });
}

export function removeNode(o: Outline, path: NodePath): Outline {
  return edit(o, path, (s, i) => void s.splice(i, 1));
}

/** A new node with `title` right after the one at `path` (same depth); with an empty path, a first section. */
export function addNodeAfter(o: Outline, path: NodePath, title: string): Outline {
  const node: OutlineNode = { title, blocks: [], notes: [], children: [] };
  if (path.length === 0) {
    const copy = structuredClone(o);
    copy.root.children.push(node);
    return copy;
  }
  return edit(o, path, (s, i) => void s.splice(i + 1, 0, node));
}

/** One edit applied to Outline Markdown: read, changed, written out again (what the pane's editor does on every change). */
export function editMarkdown(markdown: string, change: (o: Outline) => Outline): string {
  return serializeOutline(change(outlineFromMarkdown(markdown).value));
}

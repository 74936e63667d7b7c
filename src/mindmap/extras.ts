import type { MindFormat, MindNode } from './types';
import { message, type Message } from '../messages';

// What an XMind user puts in a map beyond titles and notes. .xmind keeps all of it; the tree formats
// (.md, OPML, pictures, HTML) keep the topics and say, by name and count, what they do not keep.

function walk(root: MindNode, visit: (n: MindNode) => void): void {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop() as MindNode;
    visit(n);
    for (const c of n.children) stack.push(c);
    for (const c of n.floating ?? []) stack.push(c);
    for (const c of n.callouts ?? []) stack.push(c);
    for (const s of n.summaries ?? []) stack.push(s.topic);
  }
}

/**
 * The tree a format without floating topics, summaries or callouts draws: floating topics become main
 * topics, summary and callout topics become subtopics of the topic they belong to. Nothing is dropped.
 */
export function flattenExtras(root: MindNode): MindNode {
  const flat = (n: MindNode): MindNode => {
    const out: MindNode = { ...n, children: n.children.map(flat) };
    for (const c of n.callouts ?? []) out.children.push(flat(c));
    for (const s of n.summaries ?? []) out.children.push(flat(s.topic));
    for (const c of n.floating ?? []) out.children.push(flat(c));
    delete out.callouts;
    delete out.summaries;
    delete out.floating;
    return out;
  };
  return flat(root);
}

/** Whether the tree holds anything flattenExtras would move. */
export function hasExtras(root: MindNode): boolean {
  let found = false;
  walk(root, (n) => {
    if (n.floating?.length || n.callouts?.length || n.summaries?.length) found = true;
  });
  return found;
}

const names = (list: string[]) =>
  list
    .slice(0, 5)
    .map((s) => `“${s || '—'}”`)
    .join(', ') + (list.length > 5 ? ' …' : '');

/** What writing this map as `format` does not keep, one message per kind, naming the topics. */
export function lostInFormat(root: MindNode, format: MindFormat): Message[] {
  if (format === 'xmind') return [];
  const floating: string[] = [];
  const summaries: string[] = [];
  const callouts: string[] = [];
  const labels: string[] = [];
  const markers: string[] = [];
  const images: string[] = [];
  const links: string[] = [];
  let relationships = 0;
  walk(root, (n) => {
    for (const c of n.floating ?? []) floating.push(c.title);
    for (const s of n.summaries ?? []) summaries.push(s.topic.title);
    for (const c of n.callouts ?? []) callouts.push(c.title);
    if (n.labels?.length) labels.push(n.title);
    if (n.markers?.length) markers.push(n.title);
    if (n.image) images.push(n.title);
    if (n.href) links.push(n.title);
    relationships += n.relationships?.length ?? 0;
  });
  const ext = `.${format}`;
  const out: Message[] = [];
  if (floating.length) out.push(message('mindmap.lost.floating', { count: floating.length, names: names(floating), format: ext }));
  if (summaries.length) out.push(message('mindmap.lost.summaries', { count: summaries.length, names: names(summaries), format: ext }));
  if (callouts.length) out.push(message('mindmap.lost.callouts', { count: callouts.length, names: names(callouts), format: ext }));
  if (relationships) out.push(message('mindmap.lost.relationships', { count: relationships, format: ext }));
  // OPML keeps links (url); Markdown writes them as links; OPML and Markdown have no labels or markers.
  if (labels.length) out.push(message('mindmap.lost.labels', { count: labels.length, names: names(labels), format: ext }));
  if (markers.length) out.push(message('mindmap.lost.markers', { count: markers.length, names: names(markers), format: ext }));
  if (images.length) out.push(message('mindmap.lost.images', { count: images.length, names: names(images), format: ext }));
  if (links.length && format !== 'opml' && format !== 'md') out.push(message('mindmap.lost.links', { count: links.length, names: names(links), format: ext }));
  return out;
}

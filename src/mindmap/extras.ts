import type { MindNode } from './types';
import { extensionsOf, MIND_EXTRAS, mindExporter, type MindExtra, type MindFormat } from './exporters';
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

/** What writing this map as `format` does not keep (the exporter table's `loses`), one message per kind, naming the topics. */
export function lostInFormat(root: MindNode, format: MindFormat): Message[] {
  const loses = new Set<MindExtra>(mindExporter(format).loses);
  if (!loses.size) return [];
  const found: Record<MindExtra, string[]> = { floating: [], summaries: [], callouts: [], relationships: [], labels: [], markers: [], images: [], links: [] };
  walk(root, (n) => {
    for (const c of n.floating ?? []) found.floating.push(c.title);
    for (const s of n.summaries ?? []) found.summaries.push(s.topic.title);
    for (const c of n.callouts ?? []) found.callouts.push(c.title);
    for (const r of n.relationships ?? []) found.relationships.push(r.title ?? '');
    if (n.labels?.length) found.labels.push(n.title);
    if (n.markers?.length) found.markers.push(n.title);
    if (n.image) found.images.push(n.title);
    if (n.href) found.links.push(n.title);
  });
  const ext = `.${mindExporter(format).extensions[0]}`;
  return MIND_EXTRAS.filter((e) => loses.has(e) && found[e].length).map((e) =>
    message(`mindmap.lost.${e}`, {
      count: found[e].length,
      ...(e === 'relationships' ? {} : { names: names(found[e]) }),
      format: ext,
      keptBy: extensionsOf((x) => !x.loses.includes(e)).join(', '),
    }),
  );
}

import { DOMParser } from '@xmldom/xmldom';
import type { XmindSheet, XmindTopic } from './xmind-content';
import { xmindUnreadable } from './errors';
import { MAX_MAP_DEPTH, measureDepth, nestingTooDeep } from '../limits';

// XMind 8 (and XMind 7, 6…) keep the map in content.xml (urn:xmind:xmap:xmlns:content:2.0). Elements
// are matched by local name, so the xhtml:/svg:/xlink: prefixes a file uses do not matter.

function kids(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as Element).localName === name)) out.push(n as Element);
  }
  return out;
}

function kid(el: Element, name: string): Element | undefined {
  return kids(el, name)[0];
}

function attr(el: Element, localName: string): string | undefined {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    if (a.localName === localName || a.name === localName) return a.value;
  }
  return undefined;
}

function text(el: Element | undefined): string {
  return el?.textContent ?? '';
}

/** The topic elements under <children><topics type="…">. */
function topicsOf(el: Element, type: string): Element[] {
  const children = kid(el, 'children');
  if (!children) return [];
  return kids(children, 'topics')
    .filter((t) => (attr(t, 'type') ?? 'attached') === type)
    .flatMap((t) => kids(t, 'topic'));
}

function allTopicChildren(el: Element): Element[] {
  const children = kid(el, 'children');
  return children ? kids(children, 'topics').flatMap((t) => kids(t, 'topic')) : [];
}

function readTopic(el: Element): XmindTopic {
  const t: XmindTopic = { id: attr(el, 'id'), title: text(kid(el, 'title')) };
  const notes = kid(el, 'notes');
  if (notes) {
    const plain = kid(notes, 'plain');
    const html = kid(notes, 'html');
    const paragraphs = html ? kids(html).map((p) => text(p)) : [];
    if (plain) t.notes = { plain: { content: text(plain) } };
    else if (paragraphs.length) t.notes = { plain: { content: paragraphs.join('\n') } };
  }
  const href = attr(el, 'href');
  if (href) t.href = href;
  const labels = kid(el, 'labels');
  if (labels) t.labels = kids(labels, 'label').map((l) => text(l));
  const markers = kid(el, 'marker-refs');
  if (markers) t.markers = kids(markers, 'marker-ref').map((m) => ({ markerId: attr(m, 'marker-id') }));
  const img = kid(el, 'img');
  if (img) {
    const w = Number(attr(img, 'width'));
    const h = Number(attr(img, 'height'));
    t.image = { src: attr(img, 'src'), ...(w ? { width: w } : {}), ...(h ? { height: h } : {}) };
  }
  if (attr(el, 'style-id')) t.style = attr(el, 'style-id');
  const children: NonNullable<XmindTopic['children']> = {};
  for (const type of ['attached', 'detached', 'summary', 'callout'] as const) {
    const list = topicsOf(el, type);
    if (list.length) children[type] = list.map(readTopic);
  }
  if (Object.keys(children).length) t.children = children;
  const summaries = kid(el, 'summaries');
  if (summaries) t.summaries = kids(summaries, 'summary').map((s) => ({ id: attr(s, 'id'), range: attr(s, 'range'), topicId: attr(s, 'topic-id') }));
  return t;
}

/** content.xml → the sheets in content.json's shape. */
export function readLegacyContent(xml: string): XmindSheet[] {
  let doc: Document;
  try {
    doc = new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(xml, 'text/xml');
  } catch {
    throw xmindUnreadable('badJson');
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'xmap-content') throw xmindUnreadable('badJson');
  return kids(root, 'sheet').map((sheet) => {
    const topic = kid(sheet, 'topic');
    // Measured without recursion before the (recursive) reader walks it.
    if (topic && measureDepth(topic, allTopicChildren, MAX_MAP_DEPTH) > MAX_MAP_DEPTH) throw nestingTooDeep('map', MAX_MAP_DEPTH);
    const rels = kid(sheet, 'relationships');
    return {
      id: attr(sheet, 'id'),
      title: text(kid(sheet, 'title')),
      rootTopic: topic ? readTopic(topic) : undefined,
      relationships: rels
        ? kids(rels, 'relationship').map((r) => ({
            id: attr(r, 'id'),
            end1Id: attr(r, 'end1'),
            end2Id: attr(r, 'end2'),
            title: text(kid(r, 'title')) || undefined,
          }))
        : undefined,
      style: attr(sheet, 'theme'),
    };
  });
}

/** The number of <comment> elements in XMind 8's comments.xml. */
export function countLegacyComments(xml: string): number {
  return (xml.match(/<comment[\s>]/g) ?? []).length;
}

import JSZip from 'jszip';
import type { MindNode } from './types';
import { readXmind } from './xmind-read';

/** The topic shape XMind 2020+ reads (and xmind-generator writes): ids, titles, plain notes, attached children. */
interface XmindTopicOut {
  id: string;
  class: 'topic';
  title: string;
  notes?: { plain: { content: string } };
  href?: string;
  labels?: string[];
  markers?: { markerId: string }[];
  image?: { src: string; width?: number; height?: number };
  children?: { attached?: XmindTopicOut[]; detached?: XmindTopicOut[]; summary?: XmindTopicOut[]; callout?: XmindTopicOut[] };
  summaries?: { id: string; range: string; topicId: string }[];
}

function newId(): string {
  // randomUUID needs a secure context; an http:// standalone page falls back to getRandomValues.
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * .xmind for XMind 2020 and later: a zip of content.json (an array of sheets, each with a rootTopic
 * whose children sit in `children.attached`), metadata.json and manifest.json, exactly as XMind's own
 * xmind-generator writes them (a unit test compares the two). Its builder is not used here: it merges
 * a reference table per topic, which takes seconds for a few thousand topics. Labels, markers, links,
 * pictures (under resources/), summaries, callouts, floating topics and relationships are written as
 * XMind writes them; `more` are further sheets (an .xmind read with several).
 */
export async function toXmind(root: MindNode, more: readonly { title: string; root: MindNode }[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  const resources: string[] = [];
  const topic = (n: MindNode): XmindTopicOut => {
    const t: XmindTopicOut = { id: n.id ?? newId(), class: 'topic', title: n.title };
    // xmind-generator ends plain notes with a newline; XMind does too.
    if (n.note) t.notes = { plain: { content: `${n.note}\n` } };
    if (n.href) t.href = n.href;
    if (n.labels?.length) t.labels = [...n.labels];
    if (n.markers?.length) t.markers = n.markers.map((markerId) => ({ markerId }));
    if (n.image) {
      const name = n.image.name.replace(/[^\w.-]+/g, '_') || 'image';
      if (!resources.includes(name)) {
        zip.file(`resources/${name}`, n.image.data);
        resources.push(name);
      }
      t.image = { src: `xap:resources/${name}`, ...(n.image.width ? { width: n.image.width } : {}), ...(n.image.height ? { height: n.image.height } : {}) };
    }
    const children: NonNullable<XmindTopicOut['children']> = {};
    if (n.children.length) children.attached = n.children.map(topic);
    if (n.floating?.length) children.detached = n.floating.map(topic);
    if (n.callouts?.length) children.callout = n.callouts.map(topic);
    if (n.summaries?.length) {
      children.summary = [];
      t.summaries = [];
      for (const s of n.summaries) {
        const st = topic(s.topic);
        children.summary.push(st);
        t.summaries.push({ id: newId(), range: `(${s.start},${s.end})`, topicId: st.id });
      }
    }
    if (Object.keys(children).length) t.children = children;
    return t;
  };
  const sheet = (title: string, r: MindNode) => ({
    id: newId(),
    class: 'sheet',
    title,
    rootTopic: topic(r),
    ...(r.relationships?.length
      ? { relationships: r.relationships.map((x) => ({ id: newId(), end1Id: x.from, end2Id: x.to, ...(x.title ? { title: x.title } : {}) })) }
      : {}),
  });
  const sheets = [sheet(root.title || 'Sheet 1', root), ...more.map((m) => sheet(m.title || m.root.title || 'Sheet', m.root))];
  zip.file('content.json', JSON.stringify(sheets));
  zip.file('metadata.json', JSON.stringify({ creator: { name: 'DeepSeek+ for Office' }, dataStructureVersion: '2' }));
  const entries: Record<string, object> = { 'content.json': {}, 'metadata.json': {} };
  for (const r of resources) entries[`resources/${r}`] = {};
  zip.file('manifest.json', JSON.stringify({ 'file-entries': entries }));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Reads the first sheet of an .xmind (2020+ or XMind 8) into a tree. `name` names the file in a refusal. */
export async function fromXmind(bytes: Uint8Array | ArrayBuffer, name = 'The .xmind file'): Promise<MindNode> {
  return (await readXmind(bytes, name)).sheets[0].root;
}

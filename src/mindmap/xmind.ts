import JSZip from 'jszip';
import type { MindNode } from './types';
import { XmindReadError } from './errors';
import { ZipDamagedError } from '../files/errors';
import { guardZip } from '../files/zip-guard';
import { MAX_MAP_DEPTH, measureDepth, TooDeepError } from '../limits';
import { htmlToText, normalizeNote, normalizeTitle } from './text';

/** The topic shape XMind 2020+ reads (and xmind-generator writes): ids, titles, plain notes, attached children. */
interface XmindTopicOut {
  id: string;
  class: 'topic';
  title: string;
  notes?: { plain: { content: string } };
  children?: { attached: XmindTopicOut[] };
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
 * a reference table per topic, which takes seconds for a few thousand topics.
 */
export async function toXmind(root: MindNode): Promise<Uint8Array> {
  const topic = (n: MindNode): XmindTopicOut => {
    const t: XmindTopicOut = { id: newId(), class: 'topic', title: n.title };
    // xmind-generator ends plain notes with a newline; XMind does too.
    if (n.note) t.notes = { plain: { content: `${n.note}\n` } };
    if (n.children.length) t.children = { attached: n.children.map(topic) };
    return t;
  };
  const sheets = [{ id: newId(), class: 'sheet', title: root.title || 'Sheet 1', rootTopic: topic(root) }];
  const zip = new JSZip();
  zip.file('content.json', JSON.stringify(sheets));
  zip.file('metadata.json', JSON.stringify({ creator: { name: 'DeepSeek+ for Office' }, dataStructureVersion: '2' }));
  zip.file('manifest.json', JSON.stringify({ 'file-entries': { 'content.json': {}, 'metadata.json': {} } }));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The parts of an XMind topic this reader uses (XMind writes many more). */
interface XmindTopic {
  title?: string;
  notes?: { plain?: { content?: string }; html?: { content?: { paragraphs?: { spans?: { text?: string }[] }[] } }; realHTML?: { content?: string } };
  children?: { attached?: XmindTopic[] };
}

/** Reads the first sheet of an .xmind (2020+) back into a tree. `name` names the file in a refusal. */
export async function fromXmind(bytes: Uint8Array | ArrayBuffer, name = 'The .xmind file'): Promise<MindNode> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    await guardZip(data, name);
  } catch (e) {
    throw e instanceof ZipDamagedError ? new XmindReadError('notZip') : e;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new XmindReadError('notZip');
  }
  const content = zip.file('content.json');
  if (!content) throw new XmindReadError(zip.file('content.xml') ? 'legacy' : 'noContent');
  let sheets: unknown;
  try {
    sheets = JSON.parse(await content.async('string'));
  } catch {
    throw new XmindReadError('badJson');
  }
  const sheet = Array.isArray(sheets) ? (sheets[0] as { rootTopic?: XmindTopic } | undefined) : undefined;
  if (!sheet?.rootTopic) throw new XmindReadError('badJson');
  // Measured without recursion before the (recursive) reader walks it.
  if (measureDepth(sheet.rootTopic, (t) => t.children?.attached, MAX_MAP_DEPTH) > MAX_MAP_DEPTH) throw new TooDeepError('map', MAX_MAP_DEPTH);
  return readTopic(sheet.rootTopic);
}

function readTopic(t: XmindTopic): MindNode {
  const node: MindNode = { title: normalizeTitle(t.title ?? ''), children: (t.children?.attached ?? []).map(readTopic) };
  const note = normalizeNote(noteText(t.notes));
  if (note) node.note = note;
  return node;
}

function noteText(n: XmindTopic['notes']): string | undefined {
  if (!n) return undefined;
  if (typeof n.plain?.content === 'string') return n.plain.content;
  const paragraphs = n.html?.content?.paragraphs;
  if (paragraphs) return paragraphs.map((p) => (p.spans ?? []).map((s) => s.text ?? '').join('')).join('\n');
  if (typeof n.realHTML?.content === 'string') return htmlToText(n.realHTML.content.replace(/<\/(p|div)>/gi, '\n'));
  return undefined;
}

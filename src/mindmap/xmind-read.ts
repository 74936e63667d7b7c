import JSZip from 'jszip';
import type { MindImage, MindNode } from './types';
import type { XmindNotes, XmindSheet, XmindTopic } from './xmind-content';
import { xmindUnreadable } from './errors';
import { isFailure } from '../errors';
import { guardZip } from '../files/zip-guard';
import { MAX_MAP_DEPTH, measureDepth, nestingTooDeep } from '../limits';
import { message, type Message } from '../messages';
import { htmlToText, normalizeNote, normalizeTitle } from './text';

export interface XmindSheetMap {
  title: string;
  root: MindNode;
}

export interface XmindWorkbook {
  /** One map per sheet, in the file's order. */
  sheets: XmindSheetMap[];
  /** What the file holds that no map of ours keeps (comments, attachments, styles). */
  warnings: Message[];
}

const zipPath = (src: string) => src.replace(/^xap:/, '');
const baseName = (p: string) => p.replace(/^.*\//, '');

/**
 * Reads every sheet of an .xmind: XMind 2020+ (content.json) and XMind 8 (content.xml). Topics keep
 * notes, labels, markers, links, pictures (with their bytes), summaries, callouts, floating topics and
 * relationships. `name` names the file in a refusal.
 */
export async function readXmind(bytes: Uint8Array | ArrayBuffer, name = 'The .xmind file'): Promise<XmindWorkbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    await guardZip(data, name);
  } catch (e) {
    throw isFailure(e, 'files.error.zipDamaged') ? xmindUnreadable('notZip') : e;
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw xmindUnreadable('notZip');
  }
  const warnings: Message[] = [];
  let sheets: XmindSheet[];
  const json = zip.file('content.json');
  const xml = zip.file('content.xml');
  if (json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await json.async('string'));
    } catch {
      throw xmindUnreadable('badJson');
    }
    if (!Array.isArray(parsed)) throw xmindUnreadable('badJson');
    sheets = parsed as XmindSheet[];
  } else if (xml) {
    const { readLegacyContent, countLegacyComments } = await import('./xmind-legacy');
    sheets = readLegacyContent(await xml.async('string'));
    const comments = zip.file('comments.xml');
    const n = comments ? countLegacyComments(await comments.async('string')) : 0;
    if (n) warnings.push(message('mindmap.xmind.comments', { count: n }));
  } else {
    throw xmindUnreadable('noContent');
  }
  sheets = sheets.filter((s) => s?.rootTopic);
  if (!sheets.length) throw xmindUnreadable('badJson');

  const out: XmindSheetMap[] = [];
  let styled = false;
  for (const sheet of sheets) {
    const rootTopic = sheet.rootTopic as XmindTopic;
    const all = (t: XmindTopic) => [
      ...(t.children?.attached ?? []),
      ...(t.children?.detached ?? []),
      ...(t.children?.summary ?? []),
      ...(t.children?.callout ?? []),
    ];
    if (measureDepth(rootTopic, all, MAX_MAP_DEPTH) > MAX_MAP_DEPTH) throw nestingTooDeep('map', MAX_MAP_DEPTH);
    const reader = new TopicReader(zip, warnings);
    const root = await reader.read(rootTopic);
    const floating = rootTopic.children?.detached ?? [];
    if (floating.length) root.floating = await Promise.all(floating.map((t) => reader.read(t)));
    const rels = (sheet.relationships ?? []).filter((r) => r.end1Id && r.end2Id);
    if (rels.length)
      root.relationships = rels.map((r) => ({ from: r.end1Id as string, to: r.end2Id as string, ...(r.title ? { title: normalizeTitle(r.title) } : {}) }));
    // Ids are kept only where something names the topic.
    const named = new Set([...rels.flatMap((r) => [r.end1Id as string, r.end2Id as string]), ...reader.internalTargets]);
    for (const [id, node] of reader.byId) if (named.has(id)) node.id = id;
    styled ||= reader.styled || Boolean(sheet.style || sheet.theme);
    out.push({ title: normalizeTitle(sheet.title ?? '') || root.title, root });
  }
  if (styled) warnings.push(message('mindmap.xmind.style'));
  return { sheets: out, warnings };
}

class TopicReader {
  readonly byId = new Map<string, MindNode>();
  readonly internalTargets: string[] = [];
  styled = false;

  constructor(
    private readonly zip: JSZip,
    private readonly warnings: Message[],
  ) {}

  async read(t: XmindTopic): Promise<MindNode> {
    const node: MindNode = { title: normalizeTitle(t.title ?? ''), children: [] };
    if (t.id) this.byId.set(t.id, node);
    const note = normalizeNote(noteText(t.notes));
    if (note) node.note = note;
    if (t.style) this.styled = true;
    if (t.href) await this.readHref(node, t.href);
    const labels = (t.labels ?? []).map(normalizeTitle).filter(Boolean);
    if (labels.length) node.labels = labels;
    const markers = (t.markers ?? []).map((m) => m.markerId ?? '').filter(Boolean);
    if (markers.length) node.markers = markers;
    if (t.image?.src) {
      const image = await this.readImage(t.image.src, t.image.width, t.image.height);
      if (image) node.image = image;
      else this.warnings.push(message('mindmap.xmind.imageMissing', { topic: node.title || '—' }));
    }
    for (const c of t.children?.attached ?? []) node.children.push(await this.read(c));
    const callouts = t.children?.callout ?? [];
    if (callouts.length) node.callouts = await Promise.all(callouts.map((c) => this.read(c)));
    const summaryTopics = new Map<string, XmindTopic>();
    for (const s of t.children?.summary ?? []) if (s.id) summaryTopics.set(s.id, s);
    for (const s of t.summaries ?? []) {
      const m = /\(\s*(\d+)\s*,\s*(\d+)\s*\)/.exec(s.range ?? '');
      const topic = s.topicId ? summaryTopics.get(s.topicId) : undefined;
      if (!m || !topic) continue;
      (node.summaries ??= []).push({ start: Number(m[1]), end: Number(m[2]), topic: await this.read(topic) });
    }
    return node;
  }

  private async readHref(node: MindNode, href: string): Promise<void> {
    if (/^xap:/i.test(href)) {
      // An attached file: its bytes live in the .xmind; we keep the topic, not the file.
      this.warnings.push(message('mindmap.xmind.attachment', { name: node.title || baseName(href), topic: node.title || '—' }));
      return;
    }
    const internal = /^xmind:#(.+)$/i.exec(href);
    if (internal) this.internalTargets.push(internal[1]);
    node.href = href;
  }

  private async readImage(src: string, width?: number, height?: number): Promise<MindImage | undefined> {
    const file = this.zip.file(zipPath(src));
    if (!file) return undefined;
    const data = await file.async('uint8array');
    return { name: baseName(zipPath(src)), data, ...(width ? { width } : {}), ...(height ? { height } : {}) };
  }
}

function noteText(n: XmindNotes | undefined): string | undefined {
  if (!n) return undefined;
  if (typeof n.plain?.content === 'string') return n.plain.content;
  const paragraphs = n.html?.content?.paragraphs;
  if (paragraphs) return paragraphs.map((p) => (p.spans ?? []).map((s) => s.text ?? '').join('')).join('\n');
  if (typeof n.realHTML?.content === 'string') return htmlToText(n.realHTML.content.replace(/<\/(p|div)>/gi, '\n'));
  return undefined;
}

import JSZip from 'jszip';
import { guardZip } from '../files/zip-guard';
import { decodeEntities } from '../text/entities';
import { cellMessage, cellPlaces } from './docx-cells';
import { narrowEdit } from './locate';
import type { TextPlace } from './proofread-types';
import type { ProofEdit } from './proofread-types';

/**
 * Tracked changes written into the user's own .docx: word/document.xml is edited in place, so styles,
 * pictures, headers and layout stay exactly as they were. Only runs whose text is one <w:t> are split;
 * an edit touching anything else (fields, tabs, breaks inside the change) is skipped and reported.
 */

const PARA = /<w:p\b(?:[^>]*[^/>])?>[\s\S]*?<\/w:p>/g;
const RUN = /<w:r\b(?:[^>]*[^/>])?>[\s\S]*?<\/w:r>/g;
const SIMPLE_RUN = /^<w:r\b([^>]*)>(\s*<w:rPr>[\s\S]*?<\/w:rPr>)?\s*<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>\s*<\/w:r>$/;
const TEXT = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g;

interface Run {
  /** Offset of the run's text in the paragraph text. */
  at: number;
  text: string;
  xml: string;
  /** Where the run's XML sits inside its paragraph's XML. */
  start: number;
  end: number;
  simple: { attrs: string; rPr: string } | null;
}

interface Para {
  start: number;
  end: number;
  xml: string;
  text: string;
  runs: Run[];
}

const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paragraphs(xml: string): Para[] {
  const out: Para[] = [];
  for (const m of xml.matchAll(PARA)) {
    const pxml = m[0];
    // A text box holds paragraphs of its own inside this one; leave such paragraphs alone.
    if (pxml.includes('<w:txbxContent')) continue;
    const runs: Run[] = [];
    let text = '';
    for (const r of pxml.matchAll(RUN)) {
      const rxml = r[0];
      if (rxml.includes('<w:delText')) continue;
      const rt = [...rxml.matchAll(TEXT)].map((t) => decodeEntities(t[1] ?? '')).join('');
      const sm = SIMPLE_RUN.exec(rxml);
      runs.push({
        at: text.length,
        text: rt,
        xml: rxml,
        start: r.index,
        end: r.index + rxml.length,
        simple: sm ? { attrs: sm[1] ?? '', rPr: sm[2]?.trim() ?? '' } : null,
      });
      text += rt;
    }
    out.push({ start: m.index, end: m.index + pxml.length, xml: pxml, text, runs });
  }
  return out;
}

/** `name` (how the file is named in a sentence) asks for the zip-bomb check first: for a file the user opened. */
async function documentXml(bytes: Uint8Array, name?: string): Promise<{ zip: JSZip; xml: string }> {
  if (name !== undefined) await guardZip(bytes, name);
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('word/document.xml is missing');
  return { zip, xml: await file.async('string') };
}

/** The .docx body as plain text, one paragraph per line (table cells included): what proofreading pins to. */
export async function readDocxText(bytes: Uint8Array, name = 'The .docx'): Promise<string> {
  return (await readDocxLines(bytes, name)).text;
}

/** The same text, with each table cell's line range and where it is (table, row, column), as Message data. */
export async function readDocxLines(bytes: Uint8Array, name = 'The .docx'): Promise<{ text: string; places: TextPlace[] }> {
  const { xml } = await documentXml(bytes, name);
  const paras = paragraphs(xml);
  const cells = cellPlaces(
    xml,
    paras.map((p) => p.start),
  );
  const places: TextPlace[] = [];
  let at = 0;
  paras.forEach((p, i) => {
    const cell = cells[i];
    if (cell) places.push({ start: at, end: at + p.text.length, where: cellMessage(cell) });
    at += p.text.length + 1;
  });
  return { text: paras.map((p) => p.text).join('\n'), places };
}

export interface InPlaceResult {
  bytes: Uint8Array;
  applied: number;
  skipped: ProofEdit[];
}

/**
 * Writes edits (pinned to `readDocxText`'s text) into the .docx as w:del + w:ins around the changed
 * characters, each run keeping its own formatting.
 */
export async function applyTrackedChangesInPlace(
  bytes: Uint8Array,
  edits: readonly ProofEdit[],
  opts: { author?: string; date?: Date } = {},
): Promise<InPlaceResult> {
  const { zip, xml } = await documentXml(bytes);
  const paras = paragraphs(xml);
  const author = encode(opts.author ?? 'DeepSeek+');
  const date = (opts.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Revision ids must be unique in the document, including revisions it already has.
  let id = Math.max(0, ...[...xml.matchAll(/<w:(?:ins|del)\b[^>]*\bw:id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const starts: number[] = [];
  let at = 0;
  for (const p of paras) {
    starts.push(at);
    at += p.text.length + 1;
  }
  const full = paras.map((p) => p.text).join('\n');
  const skipped: ProofEdit[] = [];
  const perPara = new Map<number, ReturnType<typeof narrowEdit<ProofEdit>>[]>();
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const n = narrowEdit(e);
    let pi = starts.length - 1;
    while (pi > 0 && (starts[pi] ?? 0) > n.start) pi--;
    const ps = starts[pi] ?? 0;
    const para = paras[pi];
    const list = perPara.get(pi) ?? [];
    const local = { s: n.start - ps, e: n.end - ps };
    const touched = para?.runs.filter((r) => r.at < local.e && r.at + r.text.length > local.s) ?? [];
    const ok =
      full.slice(e.start, e.end) === e.original &&
      para !== undefined &&
      local.e <= para.text.length &&
      touched.length > 0 &&
      touched.every((r) => r.simple) &&
      !list.some((o) => n.start < o.end);
    if (!ok) {
      skipped.push(e);
      continue;
    }
    list.push({ ...n, start: local.s, end: local.e });
    perPara.set(pi, list);
  }
  let applied = 0;
  let out = '';
  let cursor = 0;
  paras.forEach((p, pi) => {
    const list = perPara.get(pi);
    if (!list) return;
    let pxml = '';
    let pc = 0;
    for (const r of p.runs) {
      const mine = list.filter((e) => e.start < r.at + r.text.length && e.end > r.at);
      const ending = list.filter((e) => e.end > r.at && e.end <= r.at + r.text.length && e.start < e.end);
      if (!mine.length || !r.simple) continue;
      const { attrs, rPr } = r.simple;
      const plain = (t: string) => (t ? `<w:r${attrs}>${rPr}<w:t xml:space="preserve">${encode(t)}</w:t></w:r>` : '');
      let rebuilt = '';
      let pos = r.at;
      const cuts = [...new Set(mine.flatMap((e) => [e.start, e.end]).filter((c) => c > r.at && c < r.at + r.text.length))].sort((a, b) => a - b);
      for (const c of [...cuts, r.at + r.text.length]) {
        const piece = r.text.slice(pos - r.at, c - r.at);
        const inside = mine.some((e) => e.start <= pos && pos < e.end);
        rebuilt += inside
          ? `<w:del w:id="${id++}" w:author="${author}" w:date="${date}"><w:r${attrs}>${rPr}<w:delText xml:space="preserve">${encode(piece)}</w:delText></w:r></w:del>`
          : plain(piece);
        for (const e of ending) {
          if (e.end === c && e.replacement)
            rebuilt += `<w:ins w:id="${id++}" w:author="${author}" w:date="${date}"><w:r${attrs}>${rPr}<w:t xml:space="preserve">${encode(e.replacement)}</w:t></w:r></w:ins>`;
        }
        pos = c;
      }
      pxml += p.xml.slice(pc, r.start) + rebuilt;
      pc = r.end;
    }
    applied += list.length;
    out += xml.slice(cursor, p.start) + pxml + p.xml.slice(pc);
    cursor = p.end;
  });
  out += xml.slice(cursor);
  zip.file('word/document.xml', out);
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), applied, skipped };
}

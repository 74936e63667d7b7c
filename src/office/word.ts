// The only place the Word features touch Office.js. Each function wraps one Word.run, returns plain data,
// and batches its reads so a whole document costs a fixed handful of context.sync() round trips.
import { noSelection, requirementMissing } from '../writing/errors';
import { htmlToInlineMarkdown } from '../writing/html-inline';
import { chooseHit, MAX_SEARCH_CHARS, narrowEdit, searchPlan, toWordSearch } from '../writing/locate';
import type { ProofEdit } from '../writing/proofread-types';
import { paragraphsToMarkdown, type WordParagraphInfo } from '../writing/word-markdown';
import { insertMarkdownIn, insertMarkdownUnit, type InsertReport, type InsertUnit, type InsertWhere } from './word-insert';
import { trackChangesFor } from './word-tracking';

export type ReadScope = 'selection' | 'body';
export type { InsertReport, InsertUnit, InsertWhere };

type Target = Word.Body | Word.Range;

function targetOf(context: Word.RequestContext, scope: ReadScope): Target {
  return scope === 'body' ? context.document.body : context.document.getSelection();
}

const clean = (s: string) => s.replace(/\r\n?|\v/g, '\n');

/**
 * The selection or the whole body as Outline Markdown (headings from styleBuiltIn, lists with their levels,
 * tables, bold/italic). Three syncs at most: paragraphs and tables; list levels and fonts; HTML only for
 * paragraphs whose emphasis is mixed.
 */
export async function readDocumentAsMarkdown(scope: ReadScope): Promise<string> {
  // styleBuiltIn, list items and tableNestingLevel arrived with WordApi 1.3 (Word 2016 and later).
  if (typeof Office !== 'undefined' && !defaultIsSetSupported('WordApi', '1.3')) throw requirementMissing('WordApi', '1.3');
  return Word.run(async (context) => {
    const target = targetOf(context, scope);
    target.load('text');
    const paragraphs = target.paragraphs;
    paragraphs.load('items');
    const tables = target.tables;
    tables.load('items');
    await context.sync();
    if (scope === 'selection' && !target.text.trim()) throw noSelection();
    const items = paragraphs.items;
    // A selection inside one paragraph is exactly what the user marked, not the whole paragraph.
    if (scope === 'selection' && items.length === 1 && clean(items[0]?.text ?? '').trim() !== clean(target.text).trim()) {
      return clean(target.text).trim();
    }
    const lists = items.map((p) => {
      if (!p.isListItem) return null;
      const li = p.listItemOrNullObject;
      li.load('level,listString');
      return li;
    });
    const fonts = items.map((p) => {
      p.font.load('bold,italic');
      return p.font;
    });
    await context.sync();
    const html = items.map((p, i) => {
      const f = fonts[i];
      return f && (f.bold === null || f.italic === null) && p.text.trim() ? p.getHtml() : null;
    });
    if (html.some(Boolean)) await context.sync();
    const infos: WordParagraphInfo[] = items.map((p, i) => {
      const li = lists[i];
      const h = html[i];
      return {
        text: p.text,
        styleBuiltIn: p.styleBuiltIn,
        style: p.style,
        isListItem: p.isListItem,
        listLevel: li && !li.isNullObject ? li.level : undefined,
        listString: li && !li.isNullObject ? li.listString : undefined,
        tableNestingLevel: p.tableNestingLevel,
        bold: fonts[i]?.bold,
        italic: fonts[i]?.italic,
        inlineMarkdown: h ? htmlToInlineMarkdown(h.value) : undefined,
      };
    });
    const tableValues = tables.items.filter((t) => (t.nestingLevel ?? 1) <= 1).map((t) => t.values);
    return paragraphsToMarkdown(infos, tableValues);
  });
}

/** The selection or body as plain text, one paragraph per line: what proofreading pins its edits to. */
export async function readDocumentText(scope: ReadScope): Promise<string> {
  return Word.run(async (context) => {
    const target = targetOf(context, scope);
    target.load('text');
    const paragraphs = target.paragraphs;
    paragraphs.load('items');
    await context.sync();
    if (scope === 'selection' && !target.text.trim()) throw noSelection();
    const items = paragraphs.items;
    if (scope === 'selection' && items.length === 1) return clean(target.text);
    return items.map((p) => clean(p.text)).join('\n');
  });
}

/**
 * Writes Markdown as Word's own headings, lists, tables and character formatting, as one content-control
 * unit (see src/office/word-insert/). 'afterSelection' and 'end' never touch existing text; only
 * 'replaceSelection' replaces, and only when the user chose it.
 */
export function insertMarkdown(md: string, where: InsertWhere, unit: InsertUnit): Promise<InsertReport> {
  return insertMarkdownUnit(md, where, unit);
}

/** Replaces the selection with plain text (rewrite). */
export async function replaceSelectionText(text: string): Promise<void> {
  await Word.run(async (context) => {
    const sel = context.document.getSelection();
    sel.insertText(text, 'Replace');
    await context.sync();
  });
}

export type EditStatus = 'found' | 'stale';
export type ApplyStatus = 'applied' | 'stale';

export interface ApplyReport {
  results: Record<string, ApplyStatus>;
  /** 'tracked' with WordApi 1.4 (revisions the user accepts or rejects), 'direct' without. */
  mode: 'tracked' | 'direct';
}

type IsSetSupported = (name: string, version: string) => boolean;
const defaultIsSetSupported: IsSetSupported = (name, version) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);

/**
 * Finds each edit's place: a ≤255-character search (head and tail for long originals), then the hit whose
 * paragraph still reads as it did when proofread. No fitting hit → undefined: the edit is stale.
 */
async function findEditRanges(context: Word.RequestContext, edits: readonly ProofEdit[]): Promise<(Word.Range | undefined)[]> {
  const body = context.document.body;
  const plans = edits.map((e) => searchPlan(e.original));
  const searches = plans.map((p) => {
    const hits = body.search(p.head, { matchCase: true, matchWildcards: false });
    hits.load('items');
    return hits;
  });
  await context.sync();
  const paras = searches.map((hits) =>
    hits.items.map((r) => {
      const p = r.paragraphs.getFirst();
      p.load('text');
      return p;
    }),
  );
  await context.sync();
  const chosen = edits.map((e, i) => {
    const hits = searches[i]?.items ?? [];
    const k = chooseHit(
      e,
      (paras[i] ?? []).map((p) => p.text),
    );
    return k >= 0 ? hits[k] : undefined;
  });
  // Long originals: the rest is searched piece by piece, each from where the previous one ended, so the
  // first hit is the adjacent one when the text is unchanged; the joined range must read as the original.
  const longOnes = plans.flatMap((p, i) => (p.tail && chosen[i] ? [i] : []));
  if (longOnes.length === 0) return chosen;
  const state = longOnes.map((i) => {
    const original = edits[i]?.original ?? '';
    return { i, last: chosen[i] as Word.Range, rest: splitForSearch(original.slice(headPlainLength(original, plans[i]?.head ?? ''))), ok: true };
  });
  while (state.some((st) => st.ok && st.rest.length)) {
    const pending = state
      .filter((st) => st.ok && st.rest.length)
      .map((st) => {
        const piece = st.rest.shift() ?? '';
        const hits = st.last.getRange('End').expandTo(body.getRange('End')).search(piece, { matchCase: true, matchWildcards: false });
        hits.load('items');
        return { st, hits };
      });
    await context.sync();
    for (const { st, hits } of pending) {
      const first = hits.items[0];
      if (first) st.last = first;
      else st.ok = false;
    }
  }
  const joined = state.map((st) => {
    if (!st.ok) return undefined;
    const r = (chosen[st.i] as Word.Range).expandTo(st.last);
    r.load('text');
    return r;
  });
  await context.sync();
  state.forEach((st, n) => {
    const r = joined[n];
    chosen[st.i] = r && clean(r.text) === edits[st.i]?.original ? r : undefined;
  });
  return chosen;
}

/** How many characters of the original the (escaped) head search string covers. */
function headPlainLength(original: string, head: string): number {
  let n = 0;
  for (let i = 0; i < head.length; n++) i += head[i] === '^' ? 2 : 1;
  return Math.min(n, original.length);
}

/** Consecutive search strings of at most 255 characters once escaped. */
function splitForSearch(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of Array.from(text)) {
    const esc = toWordSearch(ch);
    if (cur.length + esc.length > MAX_SEARCH_CHARS) {
      out.push(cur);
      cur = '';
    }
    cur += esc;
  }
  if (cur) out.push(cur);
  return out;
}

function countBefore(hay: string, needle: string, end: number): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && i < end; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Marks which edits still match the document, before the user applies anything. */
export async function locateEdits(edits: readonly ProofEdit[]): Promise<Record<string, EditStatus>> {
  return Word.run(async (context) => {
    const ranges = await findEditRanges(context, edits);
    return Object.fromEntries(edits.map((e, i) => [e.id, ranges[i] ? 'found' : 'stale'])) as Record<string, EditStatus>;
  });
}

/**
 * Applies edits as tracked changes (change tracking switched on for the write and the user's own mode
 * restored after), or directly where WordApi 1.4 is missing. Stale edits are never applied anywhere.
 */
export async function applyEdits(edits: readonly ProofEdit[], isSetSupported: IsSetSupported = defaultIsSetSupported): Promise<ApplyReport> {
  if (!isSetSupported('WordApi', '1.1')) throw requirementMissing('WordApi', '1.1');
  const tracked = isSetSupported('WordApi', '1.4');
  return Word.run(async (context) => {
    const ranges = await findEditRanges(context, edits);
    const restoreTracking = await trackChangesFor(context, tracked);
    // Revise only the characters that change, not the context the suggestion carried to be found.
    const narrowed = edits.map((e, i) => {
      const n = narrowEdit(e);
      const r = ranges[i];
      const search = toWordSearch(n.original);
      if (!r || n.original === e.original || search.length > MAX_SEARCH_CHARS) return null;
      const hits = r.search(search, { matchCase: true, matchWildcards: false });
      hits.load('items');
      return { n, hits, ordinal: countBefore(e.original, n.original, n.prefix) };
    });
    if (narrowed.some(Boolean)) await context.sync();
    const results: Record<string, ApplyStatus> = {};
    edits.forEach((e, i) => {
      const r = ranges[i];
      const nar = narrowed[i];
      const sub = nar?.hits.items[nar.ordinal];
      if (sub && nar) sub.insertText(nar.n.replacement, 'Replace');
      else if (r) r.insertText(e.replacement, 'Replace');
      results[e.id] = r ? 'applied' : 'stale';
    });
    restoreTracking();
    await context.sync();
    return { results, mode: tracked ? 'tracked' : 'direct' };
  });
}

export interface SourcedInsertReport {
  /** 'footnotes' with WordApi 1.5 (each [n] became a footnote), 'references' otherwise (a list after the text). */
  mode: 'footnotes' | 'references';
  /** Footnotes made, or entries listed. */
  count: number;
  /** The insertion itself: its unit's tag and any notice (see src/office/word-insert/). */
  insert: InsertReport;
}

/**
 * An answer written from web sources: the Markdown is inserted as insertMarkdown does (one unit of Word's
 * own structures), then every `[n]` in the inserted text becomes a Word footnote holding source n's title,
 * site, date and address (Range.insertFootnote, WordApi 1.5) and the bracket text is removed. Without
 * WordApi 1.5 the text keeps its [n] and a 参考资料 / References list is inserted after it, in the same unit.
 */
export async function insertMarkdownWithSources(
  md: string,
  sources: readonly { n: number; text: string }[],
  where: InsertWhere,
  references: string,
  unit: InsertUnit,
  isSetSupported: IsSetSupported = defaultIsSetSupported,
): Promise<SourcedInsertReport> {
  if (!isSetSupported('WordApi', '1.5')) {
    const insert = await insertMarkdownUnit(`${md.trimEnd()}\n\n${references}`, where, unit, isSetSupported);
    return { mode: 'references', count: sources.length, insert };
  }
  let count = 0;
  const insert = await Word.run(async (context) => {
    // Only the text just inserted is searched: a "[1]" elsewhere in the user's document is left alone.
    const { range, report } = await insertMarkdownIn(context, md, where, unit, isSetSupported);
    const searches = sources.map((s) => {
      const hits = range.search(`[${s.n}]`, { matchCase: true, matchWildcards: false });
      hits.load('items');
      return { s, hits };
    });
    await context.sync();
    for (const { s, hits } of searches) {
      for (const hit of hits.items) {
        hit.insertFootnote(s.text);
        hit.insertText('', 'Replace');
        count++;
      }
    }
    await context.sync();
    return report;
  });
  return { mode: 'footnotes', count, insert };
}

// The agent's document backend in Word. Replacements are tracked changes (WordApi 1.4, the user's own
// tracking mode restored after); undo rejects exactly the change's own revisions where WordApi 1.6 can
// (getTrackedChanges), and otherwise writes the original text back from our record. Markdown goes in
// through the one Word writer (src/office/word-insert/) as a tagged content control, which undo removes.
import type { ParaRef, StyleRecord, WordBackend, WordParagraph } from '../agent/word/backend';
import { AppError } from '../errors';
import { insertMarkdownUnit, newUnitTag, removeInsertedUnit } from './word-insert';
import { wrapAsUnit } from './word-insert/unit';
import { wordPictureSize } from './insert-picture';
import { trackChangesFor } from './word-tracking';

type IsSetSupported = (name: string, version: string) => boolean;
const officeIsSetSupported: IsSetSupported = (n, v) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(n, v);

const clean = (s: string) => s.replace(/\r\n?|\v/g, '\n');

function wrap(e: unknown): unknown {
  if (e instanceof AppError) return e;
  return new AppError('agent.error.office', { message: e instanceof Error ? e.message : String(e) });
}

async function run<T>(fn: (ctx: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(fn);
  } catch (e) {
    throw wrap(e);
  }
}

function count(hay: string, needle: string, before: number): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && i < before; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * The paragraph a ref names: the same index with the same text, else the nearest paragraph with that
 * text — or with the text this run's own replacement gave it (`renamed`), so the changes of one turn
 * that all name paragraph 2 still find it after the first of them rewrote it.
 */
async function paragraphAt(ctx: Word.RequestContext, ref: ParaRef, renamed: Map<string, string>, accept?: (text: string) => boolean): Promise<Word.Paragraph> {
  const ps = ctx.document.body.paragraphs;
  ps.load('items/text');
  await ctx.sync();
  const names = new Set([ref.text]);
  for (let t = renamed.get(ref.text); t !== undefined && !names.has(t); t = renamed.get(t)) names.add(t);
  const fits = (t: string) => names.has(clean(t)) || Boolean(accept?.(clean(t)));
  if (ps.items[ref.index] && fits(ps.items[ref.index].text)) return ps.items[ref.index];
  let best = -1;
  ps.items.forEach((p, i) => {
    if (fits(p.text) && (best < 0 || Math.abs(i - ref.index) < Math.abs(best - ref.index))) best = i;
  });
  if (best < 0) throw new AppError('agent.error.paragraphMoved', { paragraph: ref.index + 1 });
  return ps.items[best];
}

export function officeWord(isSet: IsSetSupported = officeIsSetSupported): WordBackend {
  const renamed = new Map<string, string>();
  const at = (ctx: Word.RequestContext, ref: ParaRef, accept?: (text: string) => boolean) => paragraphAt(ctx, ref, renamed, accept);
  return {
    async paragraphs() {
      return run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items/text,items/styleBuiltIn,items/style,items/isListItem,items/tableNestingLevel');
        await ctx.sync();
        return ps.items.map((p): WordParagraph => ({
          text: clean(p.text),
          style: p.styleBuiltIn && p.styleBuiltIn !== 'Other' ? p.styleBuiltIn : p.style,
          isListItem: p.isListItem,
          inTable: (p.tableNestingLevel ?? 0) > 0,
        }));
      });
    },

    async replace(ref, find, occurrence, replacement) {
      if (find.length > 255) throw new AppError('agent.error.searchTooLong');
      const tracked = isSet('WordApi', '1.4');
      return run(async (ctx) => {
        const p = await at(ctx, ref);
        const hits = p.search(find, { matchCase: true, matchWildcards: false });
        hits.load('items');
        await ctx.sync();
        const hit = hits.items[occurrence - 1];
        if (!hit) throw new AppError('agent.error.notInParagraph', { text: find, paragraph: ref.index + 1 });
        const restoreTracking = await trackChangesFor(ctx, tracked);
        hit.insertText(replacement, 'Replace');
        restoreTracking();
        p.load('text');
        await ctx.sync();
        const after = clean(p.text);
        renamed.set(ref.text, after);
        // Where the replacement sits: the position of the original occurrence in the text before.
        let pos = -1;
        for (let k = 0; k < occurrence; k++) pos = ref.text.indexOf(find, pos + 1);
        return { para: { index: ref.index, text: after }, original: find, replacement, occurrence: count(after, replacement, pos) + 1, tracked };
      });
    },

    async undoReplace(r) {
      const mentions = (t: string) => t.includes(r.replacement);
      if (r.tracked && isSet('WordApi', '1.6')) {
        const rejected = await run(async (ctx) => {
          const p = await at(ctx, r.para, mentions);
          const changes = p.getTrackedChanges();
          changes.load('items/type,items/text');
          await ctx.sync();
          const added = changes.items.find((c) => c.type === 'Added' && clean(c.text) === r.replacement);
          const deleted = changes.items.find((c) => c.type === 'Deleted' && clean(c.text) === r.original);
          if (!added && !deleted) return false;
          added?.reject();
          deleted?.reject();
          await ctx.sync();
          return true;
        });
        if (rejected) return 'rejected';
      }
      return run(async (ctx) => {
        const p = await at(ctx, r.para, mentions);
        const hits = p.search(r.replacement, { matchCase: true, matchWildcards: false });
        hits.load('items');
        const doc = ctx.document;
        const tracking = isSet('WordApi', '1.4');
        if (tracking) doc.load('changeTrackingMode');
        await ctx.sync();
        const hit = hits.items[r.occurrence - 1] ?? hits.items[0];
        if (!hit) throw new AppError('agent.error.paragraphMoved', { paragraph: r.para.index + 1 });
        const previous = tracking ? doc.changeTrackingMode : 'Off';
        if (tracking) doc.changeTrackingMode = 'Off';
        hit.insertText(r.original, 'Replace');
        if (tracking) doc.changeTrackingMode = previous;
        await ctx.sync();
        return 'restored' as const;
      });
    },

    async insertMarkdownAfter(ref, markdown, kind, title) {
      // The writer inserts after the selection: the paragraph is selected first (the cursor ends up in
      // the inserted block, as after any insertion).
      await run(async (ctx) => {
        (await at(ctx, ref)).select('End');
        await ctx.sync();
      });
      const r = await insertMarkdownUnit(markdown, 'afterSelection', { kind, title }, isSet);
      return { tag: r.tag, method: r.method };
    },

    async removeInserted(tag) {
      return removeInsertedUnit(tag);
    },

    async insertPictureAfter(ref, picture, altTitle, altDescription) {
      // A paragraph of its own, centred, in the Normal style (not the heading it follows), holding the
      // picture scaled to the text column; the paragraph is the tagged unit undo removes.
      return run(async (ctx) => {
        const p = (await at(ctx, ref)).insertParagraph('', 'After');
        p.styleBuiltIn = Word.BuiltInStyleName.normal;
        p.alignment = 'Centered';
        const pic = p.insertInlinePictureFromBase64(picture.base64, 'Start');
        const size = wordPictureSize(picture);
        pic.lockAspectRatio = true;
        pic.width = size.width;
        pic.height = size.height;
        pic.altTextTitle = altTitle;
        pic.altTextDescription = altDescription;
        const tag = newUnitTag('agent');
        wrapAsUnit(p.getRange('Whole'), { kind: 'agent', title: altTitle }, tag);
        p.getRange('End').select();
        await ctx.sync();
        return { tag };
      });
    },

    async addComment(ref, anchor, text) {
      if (!isSet('WordApi', '1.4')) throw new AppError('agent.error.needsApi', { set: 'WordApi 1.4' });
      return run(async (ctx) => {
        const p = await at(ctx, ref);
        let target: Word.Range = p.getRange('Whole');
        if (anchor) {
          const hits = p.search(anchor, { matchCase: true, matchWildcards: false });
          hits.load('items');
          await ctx.sync();
          if (!hits.items[0]) throw new AppError('agent.error.notInParagraph', { text: anchor, paragraph: ref.index + 1 });
          target = hits.items[0];
        }
        const c = target.insertComment(text);
        c.load('id');
        await ctx.sync();
        return c.id;
      });
    },

    async deleteComment(id) {
      return run(async (ctx) => {
        const all = ctx.document.body.getComments();
        all.load('items/id');
        await ctx.sync();
        const c = all.items.find((x) => x.id === id);
        if (!c) throw new AppError('agent.error.insertGone');
        c.delete();
        await ctx.sync();
      });
    },

    async setStyle(ref, style) {
      return run(async (ctx) => {
        const p = await at(ctx, ref);
        p.load('styleBuiltIn,style');
        await ctx.sync();
        const was: StyleRecord = { para: ref, styleBuiltIn: p.styleBuiltIn, style: p.style };
        p.styleBuiltIn = style as Word.BuiltInStyleName;
        await ctx.sync();
        return was;
      });
    },

    async restoreStyle(r) {
      return run(async (ctx) => {
        const p = await at(ctx, r.para);
        // A custom style has no built-in name: it goes back by its own name.
        if (r.styleBuiltIn && r.styleBuiltIn !== 'Other') p.styleBuiltIn = r.styleBuiltIn as Word.BuiltInStyleName;
        else p.style = r.style;
        await ctx.sync();
      });
    },
  };
}

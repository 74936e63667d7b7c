import { documentText } from '../../writing/document-text';
import { applyEditsToMarkdown } from '../../writing/apply-markdown-edits';
import { proofreadText } from '../../writing/proofread';
import { writeTrackedDocx } from '../../writing/tracked-docx';
import { applyTrackedChangesInPlace, readDocxText } from '../../writing/docx-inplace';
import { AppError } from '../../errors';
import { translate } from '../../locales';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { asInputError, assertWritable, outputExt, printWarnings, readDocumentArg, readInputBytes, writeOutput } from '../io';
import type { ProviderFlags } from '../options';
import { cliLocale } from '../report-error';

export interface ProofreadFlags extends ProviderFlags {
  json?: boolean;
  local?: boolean;
  apply?: boolean;
  output?: string;
}

/** A .docx is proofread paragraph by paragraph from its own XML so corrections can go back into it in place. */
async function readDocx(path: string): Promise<{ bytes: Uint8Array; text: string }> {
  const bytes = await readInputBytes(path);
  try {
    const text = await readDocxText(bytes, path);
    if (!text.trim()) throw new AppError('ask.cli.emptyFile', { path });
    return { bytes, text };
  } catch (e) {
    throw asInputError(path, e);
  }
}

export async function proofreadAction(input: string, o: ProofreadFlags): Promise<void> {
  const locale = cliLocale();
  const ext = o.output ? outputExt(o.output) : '';
  // -o without --apply would silently write nothing: say what it is for instead of ignoring it.
  if (o.output && !o.apply) throw new AppError('word.error.outputNeedsApply');
  if (o.apply && !['docx', 'md', 'txt'].includes(ext)) throw new AppError('word.error.applyNeedsDocx');
  // A .docx keeps its headings, lists, tables and pictures only as a .docx: no silent downgrade to text.
  if (o.apply && /\.docx$/i.test(input) && ext !== 'docx') throw new AppError('word.error.applyKeepsDocx', { ext: `.${ext}` });
  if (o.apply && o.output) await assertWritable(o.output);
  if (o.apply && o.output) await assertOutputsApart([input], [o.output]);
  const docx = /\.docx$/i.test(input) ? await readDocx(input) : null;
  const markdown = docx ? '' : await readDocumentArg(input);
  const text = docx ? docx.text : documentText(markdown).text;
  const res = await proofreadText(o.local ? null : requireCliSettings(o), text, { locale });
  printWarnings(res.warnings);
  if (res.unmatched.length) console.error(`dsplus: ${translate(locale, 'word.proof.unmatched', { n: res.unmatched.length })}`);
  if (o.json) {
    const out = res.edits.map(({ original, replacement, reason, category, start, end, source }) => ({
      original,
      replacement,
      reason,
      category,
      start,
      end,
      source,
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (!res.edits.length) {
    console.log(translate(locale, 'word.cli.noSuggestions'));
  } else {
    for (const [i, e] of res.edits.entries()) {
      const line = text.slice(0, e.start).split('\n').length;
      console.log(`${i + 1}. [${translate(locale, `word.proof.category.${e.category}`)}] ${line}: «${e.original}» → «${e.replacement}»  ${e.reason}`);
    }
  }
  if (!o.apply || !o.output) return;
  if (ext === 'docx') {
    const tracked = docx ? await applyTrackedChangesInPlace(docx.bytes, res.edits) : await writeTrackedDocx(markdown, res.edits);
    await writeOutput(o.output, tracked.bytes);
    console.error(translate(locale, 'word.cli.applied', { n: tracked.applied }));
    if (tracked.skipped.length) console.error(translate(locale, 'word.cli.skipped', { n: tracked.skipped.length }));
  } else {
    // The corrections go into the Markdown (or text) as written: headings, lists, tables and links stay.
    const fixed = applyEditsToMarkdown(markdown, res.edits);
    await writeOutput(o.output, new TextEncoder().encode(fixed.markdown.endsWith('\n') ? fixed.markdown : `${fixed.markdown}\n`));
    console.error(translate(locale, 'word.cli.appliedText', { n: fixed.applied }));
    if (fixed.skipped) console.error(translate(locale, 'word.cli.skippedMarkdown', { n: fixed.skipped }));
  }
}

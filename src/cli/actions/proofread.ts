import { applySuggestions, checkDocument, proofDocument, type ProofDocument } from '../../writing/workflow';
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
async function readDocument(path: string): Promise<ProofDocument> {
  if (!/\.docx$/i.test(path)) return proofDocument({ markdown: await readDocumentArg(path) });
  const bytes = await readInputBytes(path);
  try {
    return await proofDocument({ docx: bytes, name: path });
  } catch (e) {
    throw asInputError(path, e);
  }
}

/** `dsplus proofread`: document → suggestions (printed or JSON) → applied with --apply -o, through src/writing/workflow.ts like the Proofread tab. */
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
  const doc = await readDocument(input);
  const text = doc.text;
  const res = await checkDocument(o.local ? null : requireCliSettings(o), text, { locale, places: doc.places });
  printWarnings(res.warnings);
  if (res.unmatched.length) console.error(`dsplus: ${translate(locale, 'word.proof.unmatched', { n: res.unmatched.length })}`);
  if (o.json) {
    const out = res.edits.map(({ original, replacement, reason, why, category, start, end, source, where }) => ({
      original,
      replacement,
      reason: why ? translate(locale, why.key, why.params) : reason,
      category,
      start,
      end,
      source,
      ...(where ? { where: translate(locale, where.key, where.params) } : {}),
    }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else if (!res.edits.length) {
    console.log(translate(locale, 'word.cli.noSuggestions'));
  } else {
    for (const [i, e] of res.edits.entries()) {
      // A table cell is named (表 2，第 3 行，第 1 列); other text by its line.
      const place = e.where ? translate(locale, e.where.key, e.where.params) : String(text.slice(0, e.start).split('\n').length);
      console.log(
        `${i + 1}. [${translate(locale, `word.proof.category.${e.category}`)}] ${place}: «${e.original}» → «${e.replacement}»  ${e.why ? translate(locale, e.why.key, e.why.params) : e.reason}`,
      );
    }
  }
  if (!o.apply || !o.output) return;
  const r = await applySuggestions(doc, res.edits, ext === 'docx' ? 'docx' : 'text');
  await writeOutput(o.output, r.bytes);
  console.error(translate(locale, r.kind === 'tracked' ? 'word.cli.applied' : 'word.cli.appliedText', { n: r.applied }));
  if (r.skipped) console.error(translate(locale, r.kind === 'tracked' ? 'word.cli.skipped' : 'word.cli.skippedMarkdown', { n: r.skipped }));
}

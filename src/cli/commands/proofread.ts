import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { documentText } from '../../docs/document-text';
import { applyEditsToText } from '../../docs/locate';
import { proofreadText } from '../../docs/proofread';
import { writeTrackedDocx } from '../../docs/tracked-docx';
import { applyTrackedChangesInPlace, readDocxText } from '../../docs/docx-inplace';
import { AppError, InputTooLargeError } from '../../errors';
import { MAX_DOCUMENT_BYTES } from '../../docs/read-input';
import { translate } from '../../locales';
import { cliLocale } from '../report-error';
import { printWarnings, readDocumentArg, withProviderOptions, wordCliSettings, writeOutput, type ProviderFlags } from './minutes';

async function readDocxFile(path: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(path));
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) throw new InputTooLargeError(bytes.byteLength, MAX_DOCUMENT_BYTES);
  return bytes;
}

export function registerProofread(program: Command): void {
  const cmd = program
    .command('proofread <input>')
    .description('Proofread a .txt/.md/.docx file: prints suggestions; --apply -o OUT.docx writes them as tracked changes (a .docx keeps its own formatting)')
    .option('--json', 'print the suggestions as JSON')
    .option('--local', 'only the offline punctuation and full-width/half-width check (no model)')
    .option('--apply', 'write the corrections to -o (.docx: tracked changes; .txt/.md: corrected text)')
    .option('-o, --output <file>', 'output file for --apply');
  withProviderOptions(cmd).action(async (input: string, o: { json?: boolean; local?: boolean; apply?: boolean; output?: string } & ProviderFlags) => {
    const locale = cliLocale();
    const ext = (o.output && /\.(\w+)$/.exec(o.output)?.[1]?.toLowerCase()) || '';
    if (o.apply && !['docx', 'md', 'txt'].includes(ext)) throw new AppError('word.error.applyNeedsDocx');
    // A .docx is proofread paragraph by paragraph from its own XML so corrections can go back into it in place.
    const docxBytes = /\.docx$/i.test(input) ? await readDocxFile(input) : null;
    const markdown = docxBytes ? '' : await readDocumentArg(input);
    const text = docxBytes ? await readDocxText(docxBytes) : documentText(markdown).text;
    const res = await proofreadText(o.local ? null : wordCliSettings(o), text, { locale });
    printWarnings(res.warnings);
    if (res.unmatched.length) console.error(`dsplus: ${translate(locale, 'word.proof.unmatched', { n: res.unmatched.length })}`);
    if (o.json) {
      const out = res.edits.map(({ original, replacement, reason, category, start, end, source }) => ({ original, replacement, reason, category, start, end, source }));
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
      const tracked = docxBytes ? await applyTrackedChangesInPlace(docxBytes, res.edits) : await writeTrackedDocx(markdown, res.edits);
      await writeOutput(o.output, tracked.bytes);
      console.error(translate(locale, 'word.cli.applied', { n: tracked.applied }));
      if (tracked.skipped.length) console.error(translate(locale, 'word.cli.skipped', { n: tracked.skipped.length }));
    } else {
      await writeOutput(o.output, new TextEncoder().encode(applyEditsToText(text, res.edits) + '\n'));
    }
  });
}

import { markdownToDocx } from '../../writing/markdown-to-docx';
import { analyzeTable } from '../../sheets/analysis';
import { narrate } from '../../sheets/narrate';
import { profileTable } from '../../sheets/profile';
import { analysisToMarkdown } from '../../sheets/render';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { assertWritable, outputFormat, printWarnings, writeOutput } from '../io';
import { message } from '../../messages';
import type { ProviderFlags } from '../options';
import { cliLocale, cliTranslate } from '../report-error';
import { readTableArg } from './table-arg';

export interface AnalyzeFlags extends ProviderFlags {
  by?: string;
  date?: string;
  measure?: string[];
  narrate?: boolean;
  output?: string;
  sheet?: string;
}

export async function analyzeAction(data: string, o: AnalyzeFlags): Promise<void> {
  const t = cliTranslate();
  // The output and the provider are checked before the table is read or the model is paid for.
  const out = o.output ?? '-';
  const format = out === '-' ? 'md' : outputFormat(out, ['md', 'docx']);
  await assertWritable(out);
  await assertOutputsApart([data], [out]);
  const settings = o.narrate ? requireCliSettings(o) : undefined;
  const loaded = await readTableArg(data, o.sheet);
  const facts = analyzeTable(loaded.table, { by: o.by, dateColumn: o.date, measures: o.measure }, profileTable(loaded.table));
  let story: Awaited<ReturnType<typeof narrate>> | undefined;
  if (settings) {
    story = await narrate(settings, facts, { locale: cliLocale() });
    printWarnings(story.warnings);
    if (story.unverified.length) printWarnings([message('sheets.analyze.unverified', { numbers: story.unverified.join(', ') })]);
  }
  const md = analysisToMarkdown(loaded.name, facts, t, story);
  // "Into Word": the same report as a .docx with real headings and tables.
  const bytes = format === 'docx' ? await markdownToDocx(md, { title: t('sheets.report.title', { name: loaded.name }) }) : md;
  await writeOutput(out, bytes);
}

import { basename } from 'node:path';
import { AppError } from '../../errors';
import type { Translate } from '../../locales';
import { applySummary, stepLine, suggestionReport } from '../../sheets/render';
import { cleanedFile, cleanTable, suggestCleaning } from '../../sheets/workflow';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { assertNotBlank, assertWritable, outputFormat, printLines, printWarnings, readInputBytes, writeFileChecked } from '../io';
import type { ProviderFlags } from '../options';
import { cliLocale, cliTranslate } from '../report-error';
import { readTableArg } from './table-arg';

export interface CleanFlags extends ProviderFlags {
  plan?: string;
  output?: string;
  suggest?: boolean;
  sheet?: string;
}

export async function cleanAction(data: string, o: CleanFlags): Promise<void> {
  const t = cliTranslate();
  if (!o.plan) throw new AppError('sheets.cli.needPlan');
  if (o.suggest) {
    await suggestAction(data, o.plan, o, t);
    return;
  }
  // Everything that can be refused (the output, the plan file) is checked before the table is read.
  if (!o.output || o.output === '-') throw new AppError('sheets.cli.needOut');
  outputFormat(o.output, ['csv', 'xlsx']);
  await assertWritable(o.output);
  await assertOutputsApart([data, o.plan], [o.output]);
  const planBytes = await readInputBytes(o.plan);
  assertNotBlank(o.plan, planBytes);
  const loaded = await readTableArg(data, o.sheet);
  const result = cleanTable(loaded.table, new TextDecoder().decode(planBytes));
  for (const r of result.reports) console.log(stepLine(r, t));
  const summary = applySummary(result.reports, t);
  if (summary) console.log(summary);
  const bytes = await cleanedFile(o.output, result, loaded.name, t('sheets.changelog.sheet'));
  await writeFileChecked(o.output, bytes);
  console.log(t('sheets.cli.wrote', { rows: result.table.rows.length, cols: result.table.headers.length, file: basename(o.output) }));
}

/** `--suggest`: the model's plan goes to the --plan file for review; nothing is applied. */
async function suggestAction(data: string, planFile: string, o: CleanFlags, t: Translate): Promise<void> {
  await assertWritable(planFile);
  await assertOutputsApart([data], [planFile]);
  const settings = requireCliSettings(o);
  const loaded = await readTableArg(data, o.sheet);
  const res = await suggestCleaning(settings, loaded.table, { locale: cliLocale() });
  printWarnings(res.warnings);
  printLines(suggestionReport(res, t));
  await writeFileChecked(planFile, `${JSON.stringify(res.plan, null, 2)}\n`);
  console.log(t('sheets.cli.planWritten', { steps: res.plan.steps.length, file: planFile, data }));
}

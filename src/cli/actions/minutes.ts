import { jsonWithOutput } from '../../writing/errors';
import { minutesFormatFor } from '../../writing/minutes-output';
import { minutesDownload, readSavedMinutes, writeMinutes } from '../../writing/workflow';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { assertWritable, inputLabel, printWarnings, readInputBytes, writeOutput } from '../io';
import { cliLocale } from '../report-error';
import { readDocumentSource, type DocumentFlags } from '../document-arg';
import type { ProviderFlags } from '../options';

export interface MinutesFlags extends ProviderFlags, DocumentFlags {
  output?: string;
  date?: string;
  json?: boolean;
}

/**
 * `dsplus minutes NOTES [-o OUT | --json]`: notes → minutes record → .md/.docx/.json, through src/writing/workflow.ts
 * like the Minutes tab. NOTES may also be a record saved as .json, written out again without the model.
 */
export async function minutesAction(notes: string, o: MinutesFlags): Promise<void> {
  // Everything that can be refused is checked before the model is paid for.
  const format = o.output && o.output !== '-' ? minutesFormatFor(o.output) : o.json ? 'json' : 'md';
  if (o.json && format !== 'json') throw jsonWithOutput(o.output ?? '-', `.${format}`);
  if (o.output) await assertWritable(o.output);
  const link = /^https?:\/\//i.test(notes);
  await assertOutputsApart(link ? [] : [notes], [o.output ?? '-']);
  if (!link && /\.json$/i.test(notes)) {
    // A record saved earlier (--json, -o m.json, the pane's download): written out again, no model asked.
    const saved = readSavedMinutes(new TextDecoder().decode(await readInputBytes(notes)), inputLabel(notes), cliLocale());
    await writeOutput(o.output ?? '-', (await minutesDownload(saved.minutes, saved.language, format)).bytes);
    return;
  }
  const text = await readDocumentSource(notes, o, () => requireCliSettings(o));
  const res = await writeMinutes(requireCliSettings(o), text, { today: o.date });
  printWarnings(res.warnings);
  await writeOutput(o.output ?? '-', (await minutesDownload(res.minutes, res.language, format)).bytes);
}

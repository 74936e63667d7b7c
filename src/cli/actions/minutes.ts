import { minutesFormatFor } from '../../writing/minutes-output';
import { minutesDownload, writeMinutes } from '../../writing/workflow';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { assertWritable, printWarnings, writeOutput } from '../io';
import { readDocumentSource, type DocumentFlags } from '../document-arg';
import type { ProviderFlags } from '../options';

export interface MinutesFlags extends ProviderFlags, DocumentFlags {
  output?: string;
  date?: string;
}

/** `dsplus minutes NOTES [-o OUT]`: notes → minutes record → .md/.docx/.json, through src/writing/workflow.ts like the Minutes tab. */
export async function minutesAction(notes: string, o: MinutesFlags): Promise<void> {
  // Everything that can be refused is checked before the model is paid for.
  const format = o.output && o.output !== '-' ? minutesFormatFor(o.output) : 'md';
  if (o.output) await assertWritable(o.output);
  await assertOutputsApart(/^https?:\/\//i.test(notes) ? [] : [notes], [o.output ?? '-']);
  const text = await readDocumentSource(notes, o, () => requireCliSettings(o));
  const res = await writeMinutes(requireCliSettings(o), text, { today: o.date });
  printWarnings(res.warnings);
  await writeOutput(o.output ?? '-', (await minutesDownload(res.minutes, res.language, format)).bytes);
}

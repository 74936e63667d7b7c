import { generateMinutes } from '../../docs/generate-minutes';
import { minutesFile, minutesFormatFor } from '../../docs/minutes-output';
import { requireCliSettings } from '../config';
import { assertWritable, printWarnings, readDocumentArg, writeOutput } from '../io';
import type { ProviderFlags } from '../options';

export interface MinutesFlags extends ProviderFlags {
  output?: string;
  date?: string;
}

export async function minutesAction(notes: string, o: MinutesFlags): Promise<void> {
  // Everything that can be refused is checked before the model is paid for.
  const format = o.output && o.output !== '-' ? minutesFormatFor(o.output) : 'md';
  if (o.output) await assertWritable(o.output);
  const text = await readDocumentArg(notes);
  const settings = requireCliSettings(o);
  const res = await generateMinutes(settings, text, { today: o.date });
  printWarnings(res.warnings);
  await writeOutput(o.output ?? '-', await minutesFile(res.minutes, res.language, format));
}

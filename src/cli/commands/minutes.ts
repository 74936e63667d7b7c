import type { Command } from 'commander';
import { withDocumentOptions, withProviderOptions } from '../options';
import type { MinutesFlags } from '../actions/minutes';

export function registerMinutes(program: Command): void {
  const cmd = program
    .command('minutes <notes>')
    .description(
      'Meeting notes (.txt, .md, .docx, .pdf, a scan, a https:// link, or - for stdin) → structured minutes; -o picks .md, .docx or .json. A record saved as .json is written out again without the model',
    )
    .option('-o, --output <file>', 'output file: .md, .docx or .json (default: Markdown on stdout)')
    .option('--json', 'print the minutes record as JSON on stdout (what -o FILE.json writes)')
    .option('--date <YYYY-MM-DD>', "today's date, so the model can resolve 'tomorrow'");
  withDocumentOptions(withProviderOptions(cmd)).action(async (notes: string, o: MinutesFlags) => (await import('../actions/minutes')).minutesAction(notes, o));
}

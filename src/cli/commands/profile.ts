import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readTable } from '../../sheets/read-table';
import { profileTable } from '../../sheets/profile';
import { profileToMarkdown } from '../../sheets/render';
import { translate } from '../../locales';
import { cliLocale } from '../report-error';
import { AppError } from '../../errors';

/** Reads a file named on the command line; a missing or unreadable file is a sentence, not a stack. */
export function readInputFile(path: string, encoding?: 'utf8'): Buffer | string {
  try {
    return encoding ? readFileSync(path, encoding) : readFileSync(path);
  } catch (e) {
    throw new AppError('sheets.error.noFile', { file: path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

export function registerProfile(program: Command): void {
  program
    .command('profile <data>')
    .description('Profile a CSV or .xlsx sheet: types, missing values, formats, spaces, outliers, duplicates (offline)')
    .option('--sheet <name>', 'sheet to read from an .xlsx workbook (default: the first)')
    .option('--json', 'print the profile as JSON')
    .action(async (data: string, opts: { sheet?: string; json?: boolean }) => {
      const loaded = await readTable(data, readInputFile(data) as Buffer, opts.sheet);
      const profile = profileTable(loaded.table);
      const locale = cliLocale();
      process.stdout.write(opts.json ? `${JSON.stringify(profile, null, 2)}\n` : profileToMarkdown(profile, (k, p) => translate(locale, k, p)));
    });
}

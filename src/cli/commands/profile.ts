import type { Command } from 'commander';
import type { ProfileFlags } from '../actions/profile';

export function registerProfile(program: Command): void {
  program
    .command('profile <data>')
    .description('Profile a CSV or .xlsx sheet (or - for CSV on stdin): types, missing values, formats, spaces, outliers, duplicates (offline)')
    .option('--sheet <name>', 'sheet to read from an .xlsx workbook (default: the first)')
    .option('--json', 'print the profile as JSON')
    .action(async (data: string, o: ProfileFlags) => (await import('../actions/profile')).profileAction(data, o));
}

import type { Command } from 'commander';
import { withProviderOptions } from '../options';
import type { CleanFlags } from '../actions/clean';

export function registerClean(program: Command): void {
  const cmd = program
    .command('clean <data>')
    .description('Apply a cleaning plan (JSON) to every row of a CSV or .xlsx; --suggest asks the model for a plan instead')
    .option('--plan <file>', 'cleaning plan JSON {"steps":[…]}')
    .option('-o, --output <file>', 'output .csv (UTF-8) or .xlsx (with a change-log sheet)')
    .option('--suggest', 'ask the model for a plan from the profile and 20 masked sample rows, write it to --plan, apply nothing')
    .option('--sheet <name>', 'sheet to read from an .xlsx workbook');
  withProviderOptions(cmd).action(async (data: string, o: CleanFlags) => (await import('../actions/clean')).cleanAction(data, o));
}

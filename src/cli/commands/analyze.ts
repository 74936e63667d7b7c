import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerAnalyze(program: Command): void {
  program
    .command('analyze <data>')
    .description('Statistics, group-bys and trends, optionally narrated')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus analyze is not available in this build yet.' });
    });
}

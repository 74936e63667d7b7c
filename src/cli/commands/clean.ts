import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerClean(program: Command): void {
  program
    .command('clean <data>')
    .description('Apply a cleaning plan to every row')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus clean is not available in this build yet.' });
    });
}

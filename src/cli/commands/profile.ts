import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerProfile(program: Command): void {
  program
    .command('profile <data>')
    .description('Profile a CSV or .xlsx sheet')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus profile is not available in this build yet.' });
    });
}

import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerDraft(program: Command): void {
  program
    .command('draft')
    .description('Draft a report from a template and a brief')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus draft is not available in this build yet.' });
    });
}

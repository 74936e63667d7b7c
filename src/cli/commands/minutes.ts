import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerMinutes(program: Command): void {
  program
    .command('minutes <notes>')
    .description('Meeting notes → structured minutes (.md, .docx or .json)')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus minutes is not available in this build yet.' });
    });
}

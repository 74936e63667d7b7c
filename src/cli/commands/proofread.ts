import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerProofread(program: Command): void {
  program
    .command('proofread <input>')
    .description('Proofread a document; --apply writes tracked changes')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus proofread is not available in this build yet.' });
    });
}

import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('Check the provider configuration with one tiny request')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus doctor is not available in this build yet.' });
    });
}

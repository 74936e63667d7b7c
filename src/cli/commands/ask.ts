import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerAsk(program: Command): void {
  program
    .command('ask <question>')
    .description('Ask DeepSeek; the answer streams to stdout')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus ask is not available in this build yet.' });
    });
}

import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerSlides(program: Command): void {
  program
    .command('slides [input]')
    .description('Outline Markdown, .docx or .txt → .pptx')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus slides is not available in this build yet.' });
    });
}

import type { Command } from 'commander';
import { AppError } from '../../errors';

// Placeholder until the feature lands: listed in --help, fails with a clear message.
export function registerMindmap(program: Command): void {
  program
    .command('mindmap [input]')
    .description('Markdown, .txt or .docx → .xmind, .md, .opml, .svg, .png or .html')
    .allowUnknownOption()
    .action(() => {
      throw new AppError('error.unexpected', { message: 'dsplus mindmap is not available in this build yet.' });
    });
}

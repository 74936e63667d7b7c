import type { Command } from 'commander';
import { withDocumentOptions, withProviderOptions } from '../options';
import type { MindmapFlags } from '../actions/mindmap';
import { extensionsOf } from '../../mindmap/exporters';

export function registerMindmap(program: Command): void {
  const cmd = program
    .command('mindmap [input]')
    .description(`Markdown, .txt, .docx, .pdf, a scan, a https:// link, .xmind or .opml (or - for stdin) → ${extensionsOf().join(', ')}`)
    .requiredOption('-o, --output <file>', `output file; its extension picks the format (${extensionsOf().join(', ')})`)
    .option('--topic <text>', 'have the model write the map for this topic (with INPUT as source material, if given)')
    .option('--generate', 'have the model summarise INPUT into a map instead of using its headings and lists')
    .option('--deep', 'use the deep-thinking model')
    .option('--sheet <name|number>', 'the sheet of an .xmind to use (default: the first; writing .xmind keeps every sheet)');
  withDocumentOptions(withProviderOptions(cmd)).action(async (input: string | undefined, flags: MindmapFlags) =>
    (await import('../actions/mindmap')).mindmapAction(input, flags),
  );
}

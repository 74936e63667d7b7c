import type { Command } from 'commander';
import { withProviderOptions } from '../options';
import type { DiagramFlags } from '../actions/diagram';

export function registerDiagram(program: Command): void {
  const cmd = program
    .command('diagram [input]')
    .description('Mermaid flowchart, org chart or timeline (.mmd, .md, .txt, or - for stdin) → .pptx (native shapes), .svg, .png or .drawio')
    .requiredOption('-o, --output <file>', 'output file; its extension picks the format (.pptx .svg .png .drawio .mmd)')
    .option(
      '--topic <text>',
      'have the model write the Mermaid for this description (INPUT, if given, is source material); the Mermaid is kept beside the output as .mmd',
    )
    .option('--kind <kind>', 'with --topic: auto, flowchart, orgchart or timeline', 'auto')
    .option('--deep', 'use the deep-thinking model');
  withProviderOptions(cmd).action(async (input: string | undefined, flags: DiagramFlags) => (await import('../actions/diagram')).diagramAction(input, flags));
}

import type { Command } from 'commander';
import { OUTLINE_STYLES } from '../../slides/prompts';
import { THEME_NAMES } from '../../slides/types';
import { withDocumentOptions, withProviderOptions } from '../options';
import type { SlidesFlags } from '../actions/slides';

export function registerSlides(program: Command): void {
  const cmd = program
    .command('slides [input]')
    .description(
      'Outline Markdown (.md or - for stdin) → .pptx, in a built-in theme or your own --template; a .docx, .txt, .pdf, scan or https:// link is condensed into an outline by the model; or --topic to have the model write one',
    )
    .option('-o, --output <file>', 'the .pptx to write (default: beside the input, or deck.pptx)')
    .option('--theme <name>', `theme: ${THEME_NAMES.join(', ')}`, 'business')
    .option('--notes', 'have the model write speaker notes for slides without any (needs a provider)')
    .option('--lang <lang>', 'deck language: zh or en (default: detected from the text)')
    .option('--topic <text>', 'generate the outline from a topic (needs a provider); it is saved beside the deck as NAME.outline.md')
    .option('--slides <n>', 'about how many content slides the model should write')
    .option('--audience <text>', 'who the deck is for')
    .option('--style <name>', `outline style: ${OUTLINE_STYLES.join(', ')}`)
    .option('--deep', 'use the deep-thinking model for the outline')
    .option('--no-summarize', 'with a provider: keep long paragraphs as sentence bullets rather than have the model summarise each into at most six bullets')
    .option('--no-agenda', 'leave out the agenda slide')
    .option('--no-closing', 'leave out the closing slide')
    .option('--footer <text>', 'footer text on every slide (default: the deck title)')
    .option('--web', '联网搜索 with --topic: search the web first, cite the sources on the slides, end with a sources slide')
    .option('--template <file>', "lay the slides into your own template's masters and layouts (.pptx, .potx; a .pptm/.potm's macros are left out)")
    .option(
      '--layout <kind=name>',
      'with --template: put a kind of slide on a named (or numbered) layout, e.g. twoColumn="Two Content"; repeatable',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--keep-template-slides', "with --template: keep the template's own slides before ours")
    .option('--template-report', 'print which layouts the template has and which kind of slide goes on which, then stop');
  withDocumentOptions(withProviderOptions(cmd)).action(async (input: string | undefined, o: SlidesFlags) =>
    (await import('../actions/slides')).slidesAction(input, o),
  );
}

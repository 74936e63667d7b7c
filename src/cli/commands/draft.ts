import type { Command } from 'commander';
import { TEMPLATES } from '../../writing/templates';
import { withDocumentOptions, withProviderOptions } from '../options';
import type { DraftFlags } from '../actions/draft';

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function registerDraft(program: Command): void {
  const cmd = program
    .command('draft')
    .description(`Draft a document from a template and a brief. Templates: ${TEMPLATES.map((t) => `${t.id} (${t.zhName})`).join(', ')}`)
    .requiredOption('-t, --template <name>', 'template id or Chinese name, e.g. work-report or 工作报告')
    .requiredOption('-b, --brief <file>', 'the brief: what to write, with the facts (.txt/.md/.docx, or - for stdin)')
    .option('--background <file>', 'reference material (.txt/.md/.docx/.pdf, a scan, or a https:// link)')
    .option('--set <field=value>', 'override a framework field (role, goal, objective, style, tone, audience, response…); repeatable', collect, [])
    .option('--lang <zh-CN|en-US>', 'language of the draft (default: the brief’s)')
    .option('-o, --output <file>', 'output file: .md or .docx (default: Markdown on stdout)')
    .option('--web', '联网搜索: search the web for the brief, write citing the sources [n], add a references section');
  withDocumentOptions(withProviderOptions(cmd)).action(async (o: DraftFlags) => (await import('../actions/draft')).draftAction(o));
}

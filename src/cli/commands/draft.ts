import type { Command } from 'commander';
import { fillFields, generateDraft } from '../../docs/draft';
import { detectLanguage } from '../../docs/language';
import { UnknownTemplateError, UnsupportedOutputError } from '../../docs/errors';
import { markdownToDocx } from '../../docs/markdown-to-docx';
import { findTemplate, templateFields, TEMPLATES, type FieldKey } from '../../docs/templates';
import { resolveLocale } from '../../locales';
import { readDocumentArg, withProviderOptions, wordCliSettings, writeOutput, type ProviderFlags } from './minutes';

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}

export function registerDraft(program: Command): void {
  const cmd = program
    .command('draft')
    .description(`Draft a document from a template and a brief. Templates: ${TEMPLATES.map((t) => `${t.id} (${t.zhName})`).join(', ')}`)
    .requiredOption('-t, --template <name>', 'template id or Chinese name, e.g. work-report or 工作报告')
    .requiredOption('-b, --brief <file>', 'the brief: what to write, with the facts (.txt/.md/.docx, or - for stdin)')
    .option('--background <file>', 'reference material (.txt/.md/.docx)')
    .option('--set <field=value>', 'override a framework field (role, goal, objective, style, tone, audience, response…); repeatable', collect, [])
    .option('--lang <zh-CN|en-US>', 'language of the draft (default: the brief’s)')
    .option('-o, --output <file>', 'output file: .md or .docx (default: Markdown on stdout)');
  withProviderOptions(cmd).action(async (o: { template: string; brief: string; background?: string; set: string[]; lang?: string; output?: string } & ProviderFlags) => {
    const template = findTemplate(o.template);
    if (!template) throw new UnknownTemplateError(o.template, TEMPLATES.map((t) => t.id).join(', '));
    const ext = o.output && o.output !== '-' ? (/\.(\w+)$/.exec(o.output)?.[1] ?? '').toLowerCase() : 'md';
    if (ext !== 'md' && ext !== 'docx') throw new UnsupportedOutputError(`.${ext}`, '.md, .docx');
    const brief = await readDocumentArg(o.brief);
    const background = o.background ? await readDocumentArg(o.background) : undefined;
    const language = o.lang ? resolveLocale(o.lang) : detectLanguage(brief);
    const allowed = new Set<string>(templateFields(template));
    const user: Partial<Record<FieldKey, string>> = { [template.briefField]: brief };
    for (const kv of o.set) {
      const at = kv.indexOf('=');
      const key = kv.slice(0, at).trim();
      if (at > 0 && allowed.has(key)) user[key as FieldKey] = kv.slice(at + 1);
    }
    const fields = fillFields(template, language, user);
    const streamToStdout = !o.output || o.output === '-';
    let shown = 0;
    const res = await generateDraft(wordCliSettings(o), { template, fields, background, language }, {
      onText: streamToStdout
        ? (t) => {
            process.stdout.write(t.slice(shown));
            shown = t.length;
          }
        : undefined,
    });
    if (streamToStdout) {
      process.stdout.write('\n');
      return;
    }
    const out = o.output ?? '-';
    const bytes = ext === 'docx' ? await markdownToDocx(res.text, { title: res.text.match(/^#\s+(.+)$/m)?.[1] }) : new TextEncoder().encode(res.text + '\n');
    await writeOutput(out, bytes);
  });
}

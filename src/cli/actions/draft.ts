import { fillFields, generateDraft } from '../../docs/draft';
import { detectLanguage } from '../../docs/language';
import { UnknownTemplateError, UnsupportedOutputError } from '../../docs/errors';
import { markdownToDocx } from '../../docs/markdown-to-docx';
import { findTemplate, templateFields, TEMPLATES, type FieldKey } from '../../docs/templates';
import { resolveLocale } from '../../locales';
import { requireCliSettings } from '../config';
import { assertWritable, outputExt, writeOutput } from '../io';
import { readDocumentSource, type DocumentFlags } from '../document-arg';
import type { ProviderFlags } from '../options';

export interface DraftFlags extends ProviderFlags, DocumentFlags {
  template: string;
  brief: string;
  background?: string;
  set: string[];
  lang?: string;
  output?: string;
}

export async function draftAction(o: DraftFlags): Promise<void> {
  const template = findTemplate(o.template);
  if (!template) throw new UnknownTemplateError(o.template, TEMPLATES.map((t) => t.id).join(', '));
  const toStdout = !o.output || o.output === '-';
  const ext = toStdout ? 'md' : outputExt(o.output ?? '');
  if (ext !== 'md' && ext !== 'docx') throw new UnsupportedOutputError(ext ? `.${ext}` : (o.output ?? ''), '.md, .docx');
  if (o.output) await assertWritable(o.output);
  const brief = await readDocumentSource(o.brief, o, () => requireCliSettings(o));
  const background = o.background ? await readDocumentSource(o.background, o, () => requireCliSettings(o)) : undefined;
  const settings = requireCliSettings(o);
  const language = o.lang ? resolveLocale(o.lang) : detectLanguage(brief);
  const allowed = new Set<string>(templateFields(template));
  const user: Partial<Record<FieldKey, string>> = { [template.briefField]: brief };
  for (const kv of o.set) {
    const at = kv.indexOf('=');
    const key = kv.slice(0, at).trim();
    if (at > 0 && allowed.has(key)) user[key as FieldKey] = kv.slice(at + 1);
  }
  const fields = fillFields(template, language, user);
  let shown = 0;
  const res = await generateDraft(settings, { template, fields, background, language }, {
    onText: toStdout
      ? (t) => {
          process.stdout.write(t.slice(shown));
          shown = t.length;
        }
      : undefined,
  });
  if (toStdout) {
    process.stdout.write('\n');
    return;
  }
  const bytes = ext === 'docx' ? await markdownToDocx(res.text, { title: /^#\s+(.+)$/m.exec(res.text)?.[1] }) : new TextEncoder().encode(res.text + '\n');
  await writeOutput(o.output ?? '-', bytes);
}

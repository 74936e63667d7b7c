import { draftDocument, draftDownload, draftReferences, writeDraft } from '../../writing/workflow';
import { detectLocale } from '../../markdown/language';
import { unknownTemplate, unsupportedOutput } from '../../writing/errors';
import { findTemplate, templateFields, TEMPLATES, type FieldKey } from '../../writing/templates';
import { resolveLocale, translate, type MessageKey } from '../../locales';
import { requireCliSettings } from '../config';
import { assertOutputsApart } from '../../files/same-file-node';
import { assertWritable, outputExt, printWarnings, writeOutput } from '../io';
import { readDocumentSource, type DocumentFlags } from '../document-arg';
import type { ProviderFlags } from '../options';
import { cliLocale } from '../report-error';
import { noSearchBackend, searchBackendFor, searchWeb, type Source } from '../../web';

export interface DraftFlags extends ProviderFlags, DocumentFlags {
  template: string;
  brief: string;
  background?: string;
  set: string[];
  lang?: string;
  output?: string;
  web?: boolean;
}

/** `dsplus draft`: a template's form and a brief → a draft (.md/.docx or stdout), through src/writing/workflow.ts like the Draft tab. */
export async function draftAction(o: DraftFlags): Promise<void> {
  const template = findTemplate(o.template);
  if (!template) throw unknownTemplate(o.template, TEMPLATES.map((t) => t.id).join(', '));
  const toStdout = !o.output || o.output === '-';
  const ext = toStdout ? 'md' : outputExt(o.output ?? '');
  if (ext !== 'md' && ext !== 'docx') throw unsupportedOutput(ext ? `.${ext}` : (o.output ?? ''), '.md, .docx');
  if (o.output) await assertWritable(o.output);
  await assertOutputsApart(
    [o.brief, o.background ?? ''].filter((p) => !/^https?:\/\//i.test(p)),
    [o.output ?? '-'],
  );
  const brief = await readDocumentSource(o.brief, o, () => requireCliSettings(o));
  const background = o.background ? await readDocumentSource(o.background, o, () => requireCliSettings(o)) : undefined;
  const settings = requireCliSettings(o);
  if (o.web && searchBackendFor(settings) === 'none') throw noSearchBackend();
  const language = o.lang ? resolveLocale(o.lang) : detectLocale(brief);
  const allowed = new Set<string>(templateFields(template));
  const user: Partial<Record<FieldKey, string>> = { [template.briefField]: brief };
  for (const kv of o.set) {
    const at = kv.indexOf('=');
    const key = kv.slice(0, at).trim();
    if (at > 0 && allowed.has(key)) user[key as FieldKey] = kv.slice(at + 1);
  }
  let sources: Source[] | undefined;
  if (o.web) {
    const t = (k: MessageKey, p?: Record<string, string | number>) => translate(cliLocale(), k, p);
    const found = await searchWeb(settings, { question: brief, locale: language });
    console.error(`${t('web.cli.searching', { queries: found.queries.join('; ') })}\n${t('web.cli.found', { n: found.sources.length })}`);
    printWarnings(found.warnings);
    sources = found.sources;
  }
  let shown = 0;
  const draft = await writeDraft(
    settings,
    { template, fields: user, background, language, sources },
    {
      onText: toStdout
        ? (t) => {
            process.stdout.write(t.slice(shown));
            shown = t.length;
          }
        : undefined,
    },
  );
  // With sources: the citations are checked and the sources follow the draft as a 参考资料 / References section.
  printWarnings(draft.warnings);
  if (toStdout) {
    const refs = await draftReferences(draft);
    process.stdout.write(`${refs ? `\n\n${refs}` : ''}\n`);
    return;
  }
  await writeOutput(o.output ?? '-', (await draftDownload(await draftDocument(draft), ext as 'md' | 'docx', template.id)).bytes);
}

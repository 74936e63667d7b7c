import { Button, Checkbox, Field, Select, Text, Textarea } from '@fluentui/react-components';
import { EmptyInputError } from '../../../src/errors';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import { draftDocument, draftDownload, writeDraft } from '../../../src/writing/workflow';
import { detectLocale } from '../../../src/markdown/language';
import { TEMPLATES, templateFields, type FieldKey, type TemplateId } from '../../../src/writing/templates';
import { MarkdownPreview } from './MarkdownPreview';
import { ResultActions } from './ResultActions';
import { InsertedNotice } from './InsertedNotice';
import { useWordInsert } from './useWordInsert';
import { sourceMarkdown, type InsertWhere } from './word-host';
import type { InsertUnit } from '../../../src/office/word-insert';
import { useWritingStyles } from './useWritingStyles.styles';
import type { Source } from '../../../src/web/types';
import type { CitationCheck } from '../../../src/web/check-citations';
import type { Message } from '../../../src/messages';
import { WebSwitch } from '../../web/WebSwitch';
import { SourcesPicker } from '../../web/SourcesPicker';
import { SourcesList } from '../../web/SourcesList';
import { useWebSearch, searchProgressKey } from '../../web/useWebSearch';
import { useDocumentReader } from '../../documents/useDocumentReader';
import { UrlReader } from '../../documents/UrlReader';
import { WarningsBar } from '../../components/ErrorBar';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';

/** A template's RTGO or CO-STAR form → a draft streamed into the preview → Insert or download (src/writing/workflow.ts, as `dsplus draft`). */
export function DraftTab() {
  const { host, t, locale, llm } = useApp();
  const s = useWritingStyles();
  const inWord = host.kind === 'word';
  const [templateId, setTemplateId] = useState<TemplateId>('work-report');
  const template = TEMPLATES.find((x) => x.id === templateId) ?? TEMPLATES[0]!;
  const [values, setValues] = useState<Partial<Record<TemplateId, Partial<Record<FieldKey, string>>>>>({});
  const defaults = template.defaults[locale];
  const fields = useMemo(() => ({ ...defaults, ...values[templateId] }), [defaults, values, templateId]);
  const [useDocument, setUseDocument] = useState(false);
  const [background, setBackground] = useState('');
  const [text, setText] = useState('');
  const words = useWordInsert('draft');
  const insert = words.insert;
  const [web, setWeb] = useState(false);
  const [cited, setCited] = useState<{ sources: Source[]; check: CitationCheck; warnings: Message[] } | null>(null);
  const webSearch = useWebSearch();
  const reader = useDocumentReader();
  const [bgError, setBgError] = useState<unknown>(null);

  const setField = (k: FieldKey, v: string) => setValues((prev) => ({ ...prev, [templateId]: { ...prev[templateId], [k]: v } }));

  const brief = fields[template.briefField] ?? '';
  // 联网搜索: the brief is searched for first; its sources wait in the picker until the user writes with them.
  const search = useTask(async (signal) => {
    setCited(null);
    if (!brief.trim()) throw new EmptyInputError('word.error.emptyBrief');
    await webSearch.search(brief, detectLocale(brief, locale), signal);
  });

  const task = useTask(async (signal, sources?: Source[]) => {
    words.clear();
    setCited(null);
    webSearch.reset();
    setText('');
    const bg = inWord ? (useDocument ? await sourceMarkdown(true, { scope: 'body', text: '', fileName: null, docx: null }) : undefined) : background;
    // The draft follows the language the brief is written in; the UI language decides only when unclear.
    const d = await writeDraft(llm, { template, fields, background: bg, fallbackLanguage: locale, sources }, { signal, onText: setText });
    if (d.sources && d.check) setCited({ sources: d.sources, check: d.check, warnings: d.warnings });
    setText(d.text);
    return d.text;
  });
  const language = detectLocale(brief, locale);
  /** Written from sources: every [n] becomes a Word footnote (a References list where WordApi 1.5 is missing). */
  const writeWithSources = async (unit: InsertUnit, where: InsertWhere) => {
    const web = await import('../../../src/web/render-sources');
    const shown = cited ? web.shownSources(cited.sources, cited.check) : [];
    if (!shown.length) return null;
    const { insertMarkdownWithSources } = await import('../../../src/office/word');
    const r = await insertMarkdownWithSources(
      text,
      shown.map((x) => ({ n: x.n, text: web.sourceCitation(x) })),
      where,
      web.referencesMarkdown(shown, language),
      unit,
      host.isSetSupported,
    );
    return { report: r.insert, message: r.mode === 'footnotes' ? t('web.insert.footnotes', { n: r.count }) : t('web.insert.references') };
  };
  /** What a download holds: the draft, plus a References section when it was written from sources. */
  const withReferences = () => draftDocument({ text, language, sources: cited?.sources, check: cited?.check });
  const download = (format: 'md' | 'docx') =>
    void withReferences()
      .then((md) => draftDownload(md, format, template.id))
      .then((f) => downloadBlob(f.bytes, f.fileName, f.mime));
  const openBackground = async () => {
    setBgError(null);
    try {
      const f = await reader.open();
      if (f) setBackground(f.markdown);
    } catch (e) {
      setBgError(e);
    }
  };
  const done = task.status === 'done' && text;

  return (
    <div className={s.section}>
      <Field label={t('word.draft.template')} hint={t(`word.draft.framework.${template.framework}`)}>
        <Select id="word-draft-template" value={templateId} onChange={(_e, d) => setTemplateId(d.value as TemplateId)}>
          {TEMPLATES.map((x) => (
            <option key={x.id} value={x.id}>
              {t(`word.template.${x.id}`)}
            </option>
          ))}
        </Select>
      </Field>
      {templateFields(template).map((k) => (
        <Field
          key={`${templateId}-${k}`}
          label={t(template.framework === 'costar' && k === 'objective' ? 'word.field.costarObjective' : `word.field.${k}`)}
          required={k === template.briefField}
        >
          <Textarea
            data-draft={`draft.${k}`}
            resize="vertical"
            rows={k === template.briefField ? 5 : 2}
            value={fields[k] ?? ''}
            onChange={(_e, d) => setField(k, d.value)}
          />
        </Field>
      ))}
      {inWord ? (
        <Checkbox checked={useDocument} onChange={(_e, d) => setUseDocument(Boolean(d.checked))} label={t('word.draft.useDocument')} />
      ) : (
        <div className={s.section}>
          <Field label={t('word.draft.background')}>
            <Textarea resize="vertical" rows={3} value={background} onChange={(_e, d) => setBackground(d.value)} />
          </Field>
          <div className={s.row}>
            <Button disabled={reader.busy} onClick={() => void openBackground()}>
              {t('action.openFile')}
            </Button>
          </div>
          {reader.prompt}
          <ErrorBar error={bgError} />
          <UrlReader id="word-draft-url" onRead={(markdown) => setBackground(markdown)} />
        </div>
      )}
      <WebSwitch checked={web} onChange={setWeb} disabled={task.running || search.running} />
      <div className={s.row}>
        <Button appearance="primary" disabled={task.running || search.running || !isConfigured(llm)} onClick={() => void (web ? search.run() : task.run())}>
          {t('word.draft.generate')}
        </Button>
      </div>
      <JobProgress
        running={search.running}
        label={webSearch.progress ? t(searchProgressKey(webSearch.progress), { ...webSearch.progress }) : t('status.working')}
        onStop={search.cancel}
      />
      <JobProgress
        running={task.running}
        label={t(text ? 'progress.writing' : 'progress.waiting')}
        tokens={task.running ? estimateTokens(text) : 0}
        onStop={task.cancel}
      />
      {webSearch.found && !task.running && (
        <SourcesPicker
          queries={webSearch.found.queries}
          sources={webSearch.found.sources}
          kept={webSearch.kept}
          onToggle={webSearch.toggle}
          onWrite={() => void task.run(webSearch.keptSources())}
          onCancel={webSearch.reset}
        />
      )}
      <ErrorBar error={search.error} />
      {task.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={task.error ?? insert.error} />
      {/* As in Rewrite: Stop leaves no half draft behind. */}
      {text && task.status !== 'cancelled' && <MarkdownPreview markdown={text} label={t('word.preview')} busy={task.running} />}
      {cited && !task.running && (
        <>
          <SourcesList sources={cited.sources.filter((x) => cited.check.cited.includes(x.n))} total={cited.sources.length} />
          <WarningsBar warnings={cited.warnings} />
        </>
      )}
      {done && (
        <ResultActions
          id="word-draft"
          disabled={insert.running}
          onInsert={(where) => void insert.run(text, where, writeWithSources)}
          downloads={[
            { label: t('word.download.docx'), onClick: () => download('docx') },
            { label: t('word.download.md'), onClick: () => download('md') },
          ]}
        />
      )}
      <InsertedNotice insert={words} />
    </div>
  );
}

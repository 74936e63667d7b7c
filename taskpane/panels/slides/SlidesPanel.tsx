import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBase64, pickFileBytes } from '../../components/files';
import { useTask } from '../../hooks/useTask';
import { EmptyInputError } from '../../../src/errors';
import { isConfigured } from '../../../src/llm/settings';
import type { MapReduceProgress } from '../../../src/llm';
import { outlineFromMarkdown } from '../../../src/outline';
import { detectLanguage } from '../../../src/markdown/language';
import { insertSupport, remotePictureHosts, type DeckLang } from '../../../src/slides';
import { addNotes, longParagraphCount, makeDeck, offlineOutline, summariseLongParagraphs, textToOutline, writeOutline } from '../../../src/slides/workflow';
import { bytesToBase64 } from '../../../src/slides/images';
import { DeckOptions } from './DeckOptions';
import { GenerateForm } from './GenerateForm';
import { SlideStrip } from './SlideStrip';
import { deckFileName, insertIntoPresentation, loadTemplateFile, pictureLoader, PPTX_MIME, readThisPresentation, readWordMarkdown } from './slides-host';
import { RemotePictureConsent } from './RemotePictureConsent';
import type { LoadedTemplate } from '../../../src/slides/template/read-template';
import { TemplateReport } from './TemplateReport';
import { MAX_TEMPLATE_BYTES } from '../../../src/slides/template/zip-limits';
import { DEFAULT_DECK, DEFAULT_FORM, type DeckChoices, type GenerateForm as Form } from './SlidesPanel.types';
import { useDeckPreview } from './useDeckPreview';
import { OutlineArea, type OutlineView } from './outline-editor/OutlineArea';
import { useSlidesStyles } from './useSlidesStyles.styles';
import type { Source } from '../../../src/web/types';
import type { Message } from '../../../src/messages';
import { useWebSearch, searchProgressKey } from '../../web/useWebSearch';
import { SourcesPicker } from '../../web/SourcesPicker';
import { SetupCard } from '../../setup/SetupCard';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';

/** Topic or document → outline streamed into an editor → preview → slides inserted (PowerPoint) or downloaded. */
export default function SlidesPanel() {
  const { host, t, llm, locale } = useApp();
  const s = useSlidesStyles();
  const [form, setForm] = useState<Form>(DEFAULT_FORM);
  const [choices, setChoices] = useState<DeckChoices>(DEFAULT_DECK);
  const [outline, setOutline] = useState('');
  // Slide cards once there is an outline (the model wrote it, or one was pasted); Markdown for an empty start.
  const [view, setView] = useState<OutlineView>('markdown');
  const [reasoning, setReasoning] = useState('');
  const [done, setDone] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const [chars, setChars] = useState(0);
  const [webWarnings, setWebWarnings] = useState<Message[]>([]);
  const webSearch = useWebSearch();
  // Sites the user agreed to fetch pictures from (or refused), by name, for this session.
  const [approved, setApproved] = useState<ReadonlySet<string>>(new Set());
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const [asking, setAsking] = useState<{ action: 'insert' | 'download'; hosts: string[] } | null>(null);
  // The user's template (a file, or this presentation), read once; each render starts from its bytes.
  const [template, setTemplate] = useState<{ loaded: LoadedTemplate; source: 'file' | 'presentation' } | null>(null);
  // A template read for one source (a file, this presentation) is not used when the other is chosen.
  const activeTemplate = template && template.source === choices.design ? template.loaded : null;
  const preview = useDeckPreview(outline, choices, activeTemplate?.info ?? null);
  const configured = isConfigured(llm);
  const inPowerPoint = host.kind === 'powerpoint';
  const support = insertSupport(host.isSetSupported);

  const langFor = (text: string): DeckLang => (form.lang !== 'auto' ? form.lang : text ? detectLanguage(text) : locale === 'zh-CN' ? 'zh' : 'en');

  // 联网搜索 for a topic: first the search, whose sources wait in the picker; then `generate(kept)`.
  const search = useTask(async (signal) => {
    setWebWarnings([]);
    if (!form.topic.trim()) throw new EmptyInputError();
    const r = await webSearch.search(form.topic.trim(), langFor(form.topic) === 'zh' ? 'zh-CN' : 'en-US', signal);
    setWebWarnings(r.warnings);
  });

  const generate = useTask(async (signal, sources?: Source[]) => {
    setDone('');
    webSearch.reset();
    setReasoning('');
    setProgress(null);
    // The editor shows the answer as it streams; a failure, a refusal or Stop puts the user's outline back.
    const before = outline;
    setKept(null);
    const onProgress = (p: MapReduceProgress) => setProgress(p.phase === 'map' ? { done: p.done, total: p.total } : null);
    const onText = (x: string) => {
      setOutline(x);
      setChars(x.length);
    };
    setChars(0);
    const handlers = { mode: form.deep ? ('deep' as const) : ('fast' as const), signal, onText, onReasoning: setReasoning, onProgress };
    const request = { audience: form.audience.trim() || undefined, slides: form.slides, style: form.style, notes: form.notes };
    try {
      const input =
        form.source === 'topic'
          ? { topic: form.topic.trim(), sources }
          : { document: host.kind === 'word' ? await readWordMarkdown(form.scope) : form.docText };
      const text = input.topic ?? input.document ?? '';
      if (!text.trim()) throw new EmptyInputError();
      if (!configured) {
        // No model: a document is read as `dsplus slides` reads it, an outline as it is, prose grouped offline.
        const r = await textToOutline(text, { lang: langFor(text) });
        setOutline(r.markdown);
        // Grouped paragraphs still read as prose, and the preview says so itself; chat lines become bullets and do not.
        const prose = offlineOutline(r.markdown, { lang: langFor(text) });
        if (r.notice && !prose) setWebWarnings([r.notice]);
        if (!prose) setView('outline');
        return;
      }
      const r = await writeOutline(llm, { ...request, ...input, lang: langFor(text) }, handlers);
      setWebWarnings((w) => [...w, ...r.warnings]);
      // The clean outline (no fence, no <think>, no chat) once the answer is complete.
      setOutline(r.markdown);
      setView('outline');
    } catch (e) {
      setOutline(before);
      setKept(before.trim() ? before : null);
      throw e;
    }
  });

  // Prose, a transcript or a chat log in the editor: the model condenses it into an outline (the CLI's step).
  const condense = useTask(async (signal) => {
    setDone('');
    setProgress(null);
    const before = outline;
    setKept(null);
    setChars(0);
    const onText = (x: string) => {
      setOutline(x);
      setChars(x.length);
    };
    const onProgress = (p: MapReduceProgress) => setProgress(p.phase === 'map' ? { done: p.done, total: p.total } : null);
    try {
      const r = await textToOutline(before, { lang: langFor(before), settings: llm }, { mode: form.deep ? 'deep' : 'fast', signal, onText, onProgress });
      setOutline(r.markdown);
      setView('outline');
      if (r.notice) setDone(t('slides.prose.pane.condensed', r.notice.params));
    } catch (e) {
      setOutline(before);
      setKept(before);
      throw e;
    }
  });

  // With a model: each long paragraph → at most six bullets, the paragraph whole in the notes (as the CLI does).
  const summarise = useTask(async (signal) => {
    setDone('');
    setProgress(null);
    const before = outline;
    const r = await summariseLongParagraphs(llm, before, {
      lang: langFor(before),
      mode: form.deep ? 'deep' : 'fast',
      signal,
      onProgress: (p) => setProgress(p),
    });
    signal.throwIfAborted();
    setOutline(r.markdown);
    if (r.summarised) setDone(t('slides.summarise.done', { n: r.summarised }));
    return r.warnings;
  });
  const deferredOutline = useDeferredValue(outline);
  const longCount = useMemo(() => (configured ? longParagraphCount(deferredOutline) : 0), [configured, deferredOutline]);

  const notes = useTask(async (signal) => {
    const r = await addNotes(llm, outline, { lang: preview.deck?.lang ?? langFor(outline), mode: form.deep ? 'deep' : 'fast', signal });
    setOutline(r.markdown);
    setDone(t('slides.notes.added', { n: r.added }));
  });

  const deliver = useTask(async (signal, action: 'insert' | 'download', allowed: ReadonlySet<string> = approved) => {
    setDone('');
    // Inserted into this presentation, only our slides go in; a download may keep the template's own.
    const keepExampleSlides = choices.design === 'file' && choices.keepTemplateSlides && action === 'download';
    const template = activeTemplate && { loaded: activeTemplate, overrides: choices.layouts, keepExampleSlides };
    const r = await makeDeck({
      // Prose is grouped offline, exactly as the preview shows it.
      markdown: offlineOutline(outline, { lang: langFor(outline) })?.markdown ?? outline,
      theme: choices.theme,
      template,
      agenda: choices.agenda ? 'auto' : false,
      closing: choices.closing,
      loadImage: pictureLoader(allowed),
      signal,
      // `图: 流程图 …` lines: the model writes the Mermaid, which then stays in the outline to edit.
      settings: configured ? llm : undefined,
      mode: form.deep ? 'deep' : 'fast',
    });
    signal.throwIfAborted();
    if (r.diagramsWritten) setOutline(r.markdown);
    const b64 = bytesToBase64(r.bytes);
    const count = r.deck.slides.length;
    const warnings = [...r.warnings, ...r.notices.filter((n) => n.key !== 'slides.template.notice.examples')];
    if (action === 'insert') {
      // Slides built on this presentation's own layouts take its theme; a template file keeps its own look unless asked.
      await insertIntoPresentation(b64, choices.design === 'presentation' ? 'UseDestinationTheme' : choices.formatting);
      setDone(t('slides.inserted', { n: count }));
    } else {
      downloadBase64(b64, deckFileName(preview.deck?.title ?? ''), PPTX_MIME);
      setDone(t('slides.downloaded', { n: count }));
    }
    return warnings;
  });

  const pickTemplate = useTask(async (signal, source: 'file' | 'presentation') => {
    if (source === 'file') {
      const file = await pickFileBytes('.pptx,.potx,.pptm,.potm', MAX_TEMPLATE_BYTES);
      if (!file) return null;
      const loaded = await loadTemplateFile(file.bytes, file.name);
      signal.throwIfAborted();
      setTemplate({ loaded, source: 'file' });
      return null;
    }
    try {
      const r = await readThisPresentation(t('slides.template.pane.thisPresentation'), signal);
      setTemplate({ loaded: r.loaded, source: 'presentation' });
      return t('slides.template.notice.presentationLayouts');
    } catch (e) {
      // Without the file (or the API) the slides still go in, on a built-in theme that takes this
      // presentation's theme; the pane says what is lost.
      setChoices((c) => ({ ...c, design: 'theme', formatting: 'UseDestinationTheme' }));
      throw e;
    }
  });

  /** Insert or Download; first asks about any picture site not yet agreed to or refused. */
  const requestDeliver = (action: 'insert' | 'download') => {
    let hosts: string[] = [];
    try {
      hosts = remotePictureHosts(outlineFromMarkdown(outline).value).filter((h) => !approved.has(h) && !declined.has(h));
    } catch {
      /* the deck builder reports an unusable outline itself */
    }
    if (hosts.length) setAsking({ action, hosts });
    else void deliver.run(action);
  };
  const answer = (fetch: boolean) => {
    if (!asking) return;
    const next = new Set(fetch ? approved : declined);
    for (const h of asking.hosts) next.add(h);
    (fetch ? setApproved : setDeclined)(next);
    setAsking(null);
    // The state update lands on the next render; the loader for this run takes the new set directly.
    void deliver.run(asking.action, fetch ? next : approved);
  };

  const busy = generate.running || condense.running || summarise.running || deliver.running || notes.running || search.running || pickTemplate.running;
  // Without a model a document can still become slides (an outline as it is, prose grouped offline).
  const canGenerate = form.source === 'topic' ? configured && Boolean(form.topic.trim()) : host.kind === 'word' || Boolean(form.docText.trim());

  return (
    <section className={s.root} aria-label={t('tab.slides')}>
      <SetupCard note={t('slides.offline')} />
      <GenerateForm
        form={form}
        onChange={setForm}
        running={generate.running || search.running}
        canGenerate={canGenerate && !busy}
        onGenerate={() => void (form.source === 'topic' && form.web ? search.run() : generate.run())}
      />
      <JobProgress
        running={search.running}
        label={webSearch.progress ? t(searchProgressKey(webSearch.progress), { ...webSearch.progress }) : t('status.working')}
        onStop={search.cancel}
      />
      <ErrorBar error={search.error} />
      {webSearch.found && !generate.running && (
        <SourcesPicker
          queries={webSearch.found.queries}
          sources={webSearch.found.sources}
          kept={webSearch.kept}
          onToggle={webSearch.toggle}
          onWrite={() => void generate.run(webSearch.keptSources())}
          onCancel={webSearch.reset}
          busy={busy}
        />
      )}
      {generate.running && reasoning && (
        <div className={s.reasoning} aria-live="polite" aria-label={t('slides.reasoning')}>
          {reasoning.slice(-600)}
        </div>
      )}
      <JobProgress
        running={generate.running || condense.running}
        label={progress ? t('slides.cli.condensing', progress) : t('slides.cli.writing', { chars })}
        tokens={generate.running || condense.running ? estimateTokens(reasoning) + estimateTokens(outline) : 0}
        step={progress}
        onStop={condense.running ? condense.cancel : generate.cancel}
      />
      {(generate.status === 'cancelled' || condense.status === 'cancelled') && (
        <Text className={s.hint}>{[t('status.cancelled'), kept !== null ? t('slides.kept') : ''].filter(Boolean).join(locale === 'zh-CN' ? '' : ' ')}</Text>
      )}
      <ErrorBar error={generate.error} />
      {generate.status === 'error' && kept !== null && <Text className={s.hint}>{t('slides.kept')}</Text>}

      <OutlineArea
        outline={outline}
        onChange={setOutline}
        view={view}
        onView={setView}
        readOnly={generate.running || condense.running}
        prose={preview.prose !== null}
      />
      {preview.prose && !generate.running && !condense.running && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t(`slides.prose.${configured ? 'pane.offer' : 'offline'}.${preview.prose.kind}`, { paragraphs: preview.prose.paragraphs })}
          </MessageBarBody>
          {configured && (
            <MessageBarActions>
              <Button disabled={busy} onClick={() => void condense.run()}>
                {t('slides.prose.pane.condense')}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <ErrorBar error={condense.error} />
      {condense.status === 'error' && kept !== null && <Text className={s.hint}>{t('slides.kept')}</Text>}
      {outline.trim() && !generate.running && <ErrorBar error={preview.error} />}
      <WarningsBar warnings={generate.running ? [] : [...webWarnings, ...preview.warnings]} />

      <DeckOptions
        value={choices}
        onChange={setChoices}
        showFormatting={inPowerPoint && support.insert}
        design={{
          template: activeTemplate?.info ?? null,
          loading: pickTemplate.running,
          inPowerPoint,
          onPickFile: () => void pickTemplate.run('file'),
          onUsePresentation: () => void pickTemplate.run('presentation'),
        }}
      />
      <ErrorBar error={pickTemplate.error} />
      {pickTemplate.status === 'error' && inPowerPoint && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('slides.template.pane.lost')}</MessageBarBody>
        </MessageBar>
      )}
      {pickTemplate.result && choices.design === 'presentation' && <Text className={s.hint}>{pickTemplate.result}</Text>}
      {activeTemplate && (
        <TemplateReport template={activeTemplate.info} layouts={choices.layouts} onChange={(layouts) => setChoices((c) => ({ ...c, layouts }))} />
      )}

      {inPowerPoint && !support.insert && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('slides.error.insertUnsupported')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        {inPowerPoint && support.insert && (
          <Button appearance="primary" disabled={!preview.deck || busy || asking !== null} onClick={() => requestDeliver('insert')}>
            {t('slides.insert')}
          </Button>
        )}
        <Button
          appearance={inPowerPoint && support.insert ? 'secondary' : 'primary'}
          disabled={!preview.deck || busy || asking !== null}
          onClick={() => requestDeliver('download')}
        >
          {t('slides.download')}
        </Button>
        {configured && (
          <Button disabled={!preview.deck || busy} onClick={() => void notes.run()}>
            {notes.running ? t('status.working') : t('slides.notes.generate')}
          </Button>
        )}
        {longCount > 0 && !summarise.running && (
          <Button disabled={!preview.deck || busy} onClick={() => void summarise.run()}>
            {t('slides.summarise.button', { n: longCount })}
          </Button>
        )}
      </div>
      <JobProgress running={notes.running} label={t('slides.notes.generate')} onStop={notes.cancel} />
      <JobProgress running={deliver.running} label={t('status.working')} onStop={deliver.cancel} stopLabel={t('action.cancel')} />
      <JobProgress
        running={summarise.running}
        label={t('slides.cli.summarising', progress ?? { done: 0, total: longCount })}
        step={progress}
        onStop={summarise.cancel}
        stopLabel={t('action.cancel')}
      />
      {summarise.status === 'cancelled' && <Text className={s.hint}>{[t('status.cancelled'), t('slides.kept')].join(locale === 'zh-CN' ? '' : ' ')}</Text>}
      <ErrorBar error={summarise.error} />
      <WarningsBar warnings={summarise.result ?? []} />
      {asking && <RemotePictureConsent hosts={asking.hosts} onFetch={() => answer(true)} onSkip={() => answer(false)} />}
      {/* Why the buttons are grey: an empty editor is not an error, but it deserves a reason. */}
      {!outline.trim() && !generate.running && <Text className={s.hint}>{t('outline.error.empty')}</Text>}
      <ErrorBar error={deliver.error ?? notes.error} />
      <WarningsBar warnings={deliver.result ?? []} />
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {preview.deck && !generate.running && <SlideStrip deck={preview.deck} />}
    </section>
  );
}

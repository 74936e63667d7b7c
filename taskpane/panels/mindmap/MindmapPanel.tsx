import { Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob, pickFileBytes } from '../../components/files';
import { useTask } from '../../hooks/useTask';
import { EmptyInputError } from '../../../src/errors';
import { isConfigured } from '../../../src/llm/settings';
import { assertDrawable, countNodes, layoutMap, lostInFormat, toMarkmapNode, type MindFormat } from '../../../src/mindmap';
import { exportMap, makeMap, type MapRequest, type MindMap } from '../../../src/mindmap/workflow';
import { message, type Message } from '../../../src/messages';
import { ExportBar } from './ExportBar';
import { loadHtmlAssets } from './html-assets';
import { MapView } from './MapView';
import { canInsertPicture, insertPicture, readHostSource } from './mindmap-host';
import { sourcesFor, type SourceForm } from './MindmapPanel.types';
import { layoutToPngBlob, pngForInsert } from './rasterize';
import { SourceBar } from './SourceBar';
import { useParsedMap } from './useParsedMap';
import { useMindmapStyles } from './useMindmapStyles.styles';
import { useDocumentReader } from '../../documents/useDocumentReader';
import { UrlReader } from '../../documents/UrlReader';
import { SetupCard } from '../../setup/SetupCard';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';

const FILE_TYPES = '.md,.markdown,.txt,.docx,.xmind,.opml,.pdf,.png,.jpg,.jpeg,.webp,.gif,.bmp,.tif,.tiff';

/** Text, a document, a sheet, a deck or a topic → XMind-ready Markdown in an editor → live map → exports. */
export default function MindmapPanel() {
  const { host, t, llm, locale } = useApp();
  const s = useMindmapStyles();
  const sources = sourcesFor(host.kind);
  const [form, setForm] = useState<SourceForm>({ source: sources[0], topic: '', useModel: false, deep: false });
  const [markdown, setMarkdown] = useState(() => t('mindmap.panel.sample'));
  const [done, setDone] = useState('');
  /** What the opened file had that the editor's Markdown cannot hold, then what the last download's format left out. */
  const [notKept, setNotKept] = useState<Message[]>([]);
  // What the model has sent so far, for the progress bar.
  const [tokens, setTokens] = useState(0);
  const [step, setStep] = useState<{ done: number; total: number } | null>(null);
  const configured = isConfigured(llm);
  const parsed = useParsedMap(markdown, t('mindmap.defaultTitle'));
  const reader = useDocumentReader();
  // A map too big to draw is still exported as .xmind/.opml/.md; the live view says why it is blank.
  const undrawable = useMemo(() => {
    try {
      if (parsed.root) assertDrawable(parsed.root);
      return null;
    } catch (e) {
      return e;
    }
  }, [parsed.root]);

  // The work is src/mindmap/workflow.ts (as for `dsplus mindmap`); the panel picks the input and holds the editor.
  const make = useTask(async (signal) => {
    setDone('');
    setNotKept([]);
    let input: Pick<MapRequest, 'text' | 'file'>;
    let fileName = '';
    if (form.source === 'file') {
      const file = await pickFileBytes(FILE_TYPES, 50 * 1024 * 1024);
      if (!file) return;
      fileName = file.name;
      // PDFs are read with pdf.js (headings from font sizes); scans ask before going to OCR.
      input = /\.(pdf|png|jpe?g|webp|gif|bmp|tiff?)$/i.test(file.name) ? { text: (await reader.read(file.name, file.bytes, signal)).markdown } : { file: file };
    } else if (form.source === 'topic') {
      input = {};
    } else {
      input = { text: await readHostSource(form.source, '') };
    }
    signal.throwIfAborted();
    const useModel = form.source === 'topic' || form.useModel;
    // The editor shows the answer as it streams; a cut, a refusal or Stop puts the user's Markdown back.
    const before = markdown;
    setTokens(0);
    setStep(null);
    let map: Awaited<ReturnType<typeof makeMap>>;
    try {
      map = await makeMap(
        useModel ? llm : null,
        {
          ...input,
          topic: form.source === 'topic' ? form.topic : undefined,
          generate: useModel,
          locale,
          mode: form.deep ? 'deep' : 'fast',
          fallbackTitle: t('mindmap.defaultTitle'),
        },
        {
          signal,
          onText: (md) => {
            if (!md) return;
            setMarkdown(md);
            setTokens(estimateTokens(md));
          },
          onProgress: (p) => setStep({ done: p.done, total: p.total }),
        },
      );
    } catch (e) {
      setMarkdown(before);
      setDone('');
      throw e;
    }
    setMarkdown(map.markdown);
    if (fileName) setNotKept(editorLoses(map, fileName));
    setDone('');
  });

  const deliver = useTask(async (signal, action: MindFormat | 'insert') => {
    setDone('');
    setNotKept([]);
    const root = parsed.root;
    if (!root) throw new EmptyInputError();
    if (action === 'insert') {
      const layout = layoutMap(root);
      const b64 = await pngForInsert(layout);
      signal.throwIfAborted();
      await insertPicture(host.kind, b64, { width: layout.width, height: layout.height }, root.title);
      setDone(t('mindmap.panel.inserted'));
      return;
    }
    const out = await exportMap({ root, notices: [] }, action, {
      layoutToPng: async (layout) => new Uint8Array(await (await layoutToPngBlob(layout)).arrayBuffer()),
      htmlAssets: loadHtmlAssets,
      htmlLabels: { fit: t('mindmap.html.fit'), zoomIn: t('mindmap.html.zoomIn'), zoomOut: t('mindmap.html.zoomOut') },
      lang: locale,
    });
    signal.throwIfAborted();
    setNotKept(out.warnings);
    downloadBlob(out.data, out.fileName, out.mime);
  });

  // "Open large": Office's dialog, or a new tab in a browser.
  const large = useTask(async () => {
    const root = undrawable ? null : parsed.root;
    if (!root) return;
    const { openMapLarge } = await import('./open-large');
    await openMapLarge(host.kind, { v: 1, node: toMarkmapNode(root), title: root.title, locale, dark: host.dark });
  });

  const busy = make.running || deliver.running;
  return (
    <section className={s.root} aria-label={t('tab.mindmap')}>
      <SetupCard note={t('mindmap.panel.noProvider')} />
      <SourceBar sources={sources} form={form} onChange={setForm} configured={configured} running={make.running} onRun={() => void make.run()} />
      <JobProgress
        running={make.running}
        label={step ? t('mindmap.panel.progress', step) : t(tokens ? 'progress.writing' : 'status.working')}
        tokens={tokens}
        step={step}
        onStop={make.cancel}
      />
      {reader.prompt}
      {form.source === 'file' && <UrlReader id="mindmap-url" onRead={(md) => setMarkdown(md)} />}
      {make.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={make.error} />
      <div className={s.workspace}>
        <Field label={t('mindmap.panel.editorLabel')} hint={t('mindmap.panel.editorHint')}>
          <Textarea className={s.editor} rows={12} resize="vertical" value={markdown} onChange={(_e, d) => setMarkdown(d.value)} readOnly={make.running} />
        </Field>
        <MapView root={undrawable ? null : parsed.root} onOpenLarge={() => void large.run()} />
      </div>
      {!make.running && <ErrorBar error={parsed.error ?? undrawable} />}
      <WarningsBar warnings={make.running ? [] : parsed.warnings} />
      {parsed.root && (
        <Text className={s.hint} aria-live="polite">
          {t('mindmap.panel.count', { count: countNodes(parsed.root) })}
        </Text>
      )}
      <ExportBar
        disabled={!parsed.root || busy}
        onExport={(f) => void deliver.run(f)}
        onInsert={canInsertPicture(host.kind) ? () => void deliver.run('insert') : undefined}
      />
      <ErrorBar error={deliver.error ?? large.error} />
      <WarningsBar warnings={notKept} />
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/**
 * The editor holds a map as Markdown: an .xmind's labels, markers, pictures, relationships… and what its reader
 * could not keep are named once, when the file is opened, with the command that converts it whole.
 */
function editorLoses(map: MindMap, file: string): Message[] {
  const lost = [...map.notices, ...lostInFormat(map.root, 'md').map((m) => message(m.key, { ...m.params, format: 'Markdown' }))];
  return lost.length ? [message('mindmap.panel.editorLoses', { file }), ...lost] : [];
}

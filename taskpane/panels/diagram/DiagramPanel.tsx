import { Button, Field, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { pngForInsertAt, svgToPngBlob } from '../../components/rasterize-svg';
import { useTask } from '../../hooks/useTask';
import { isConfigured } from '../../../src/llm/settings';
import { detectLanguage } from '../../../src/markdown/language';
import { pngScale } from '../../../src/mindmap/png-scale';
import {
  diagramEmpty,
  diagramFileName,
  diagramToSvg,
  DIAGRAM_MIME,
  diagramWorkflow,
  prepareDiagram,
  renderDiagramPptx,
  type DiagramFormat,
  type DiagramLayout,
  type DiagramStage,
} from '../../../src/diagram';
import type { Message } from '../../../src/messages';
import { DescribeForm, type DescribeValue } from './DescribeForm';
import { DiagramActions } from './DiagramActions';
import { DiagramPreview } from './DiagramPreview';
import { drawDiagramOnSlide, insertDiagramPicture, insertDiagramSlide, insertKinds, type InsertKind } from './diagram-host';
import { useDiagramPreview } from './useDiagramPreview';
import { useDiagramStyles } from './useDiagramStyles.styles';
import { SetupCard } from '../../setup/SetupCard';

const EXAMPLES = ['flowchart', 'orgchart', 'timeline'] as const;

/** The diagram's SVG drawn by the browser (its fonts render Chinese wherever the pane does). */
async function pngBlob(layout: DiagramLayout, preferredScale = 2): Promise<Blob> {
  const { svg, width, height } = diagramToSvg(layout);
  return svgToPngBlob(svg, width, height, pngScale(width, height, preferredScale));
}

/** Describe (model) or write/paste Mermaid → live preview → insert as slide or picture, or download. */
export default function DiagramPanel() {
  const { host, t, llm, locale } = useApp();
  const s = useDiagramStyles();
  const configured = isConfigured(llm);
  const [source, setSource] = useState(() => t('diagram.panel.example.flowchart'));
  const [form, setForm] = useState<DescribeValue>({ description: '', kind: 'auto', deep: false });
  const [stage, setStage] = useState<DiagramStage | null>(null);
  const [done, setDone] = useState('');
  const [tokens, setTokens] = useState(0);
  const preview = useDiagramPreview(source);
  const inserts = insertKinds(host.kind, host.isSetSupported);
  const lang = detectLanguage(source);

  const write = useTask(async (signal): Promise<Message[]> => {
    setDone('');
    setTokens(0);
    const before = source;
    try {
      const r = await prepareDiagram({
        description: form.description,
        kind: form.kind,
        settings: llm,
        locale,
        mode: form.deep ? 'deep' : 'fast',
        signal,
        onText: (m) => {
          if (!m) return;
          setSource(m);
          setTokens(estimateTokens(m));
        },
        onProgress: setStage,
      });
      setSource(r.source);
      return r.warnings.filter((w) => w.key === 'diagram.warn.repaired');
    } catch (e) {
      // A failure, a refusal or Stop puts the user's Mermaid back.
      setSource(before);
      throw e;
    } finally {
      setStage(null);
    }
  });

  const deliver = useTask(async (signal, action: DiagramFormat | InsertKind): Promise<Message[]> => {
    setDone('');
    const layout = preview.layout;
    if (!layout || preview.error) throw preview.error ?? diagramEmpty();
    if (action === 'slide') {
      const b64 = await renderDiagramPptx(layout, 'base64', { lang });
      signal.throwIfAborted();
      await insertDiagramSlide(b64);
      setDone(t('diagram.panel.insertedSlide'));
      return [];
    }
    if (action === 'onSlide') {
      const { spot } = await drawDiagramOnSlide(layout);
      const size = { width: Math.round(spot.area.w), height: Math.round(spot.area.h), pt: spot.textPt };
      setDone(
        spot.source === 'free'
          ? t('diagram.panel.insertedOnSlide', size)
          : t('diagram.panel.insertedInPlaceholder', { ...size, placeholder: spot.source.placeholder }),
      );
      return [];
    }
    if (action === 'picture') {
      const b64 = await pngForInsertAt((scale) => pngBlob(layout, scale));
      signal.throwIfAborted();
      const { width, height } = diagramToSvg(layout);
      await insertDiagramPicture(b64, { width, height }, layout.title ?? t('tab.diagram'), source);
      setDone(t('diagram.panel.insertedPicture'));
      return [];
    }
    // The same workflow as `dsplus diagram`, from the editor's Mermaid.
    const r = await diagramWorkflow({
      source,
      locale,
      signal,
      format: action,
      env: { toPng: async (l) => new Uint8Array(await (await pngBlob(l)).arrayBuffer()), lang },
    });
    signal.throwIfAborted();
    const file = diagramFileName(r.layout.title, action);
    downloadBlob(r.data, file, DIAGRAM_MIME[action]);
    setDone(t('diagram.panel.downloaded', { file }));
    return r.warnings.filter((w) => w.key === 'diagram.warn.smallText');
  });

  const busy = write.running || deliver.running;
  const usable = Boolean(preview.layout) && !preview.error;
  return (
    <section className={s.root} aria-label={t('tab.diagram')}>
      {configured ? (
        <DescribeForm value={form} onChange={setForm} running={write.running} onRun={() => void write.run()} />
      ) : (
        <SetupCard note={t('diagram.panel.offline')} />
      )}
      <JobProgress
        running={write.running}
        label={t(stage === 'repair' ? 'diagram.panel.repairing' : 'diagram.panel.writing')}
        tokens={tokens}
        onStop={write.cancel}
        stopLabel={t('action.cancel')}
      />
      {write.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={write.error} />
      <WarningsBar warnings={write.running ? [] : (write.result ?? [])} />
      <div className={s.row} role="group" aria-label={t('diagram.panel.examples')}>
        <Text className={s.hint}>{t('diagram.panel.examples')}</Text>
        {EXAMPLES.map((k) => (
          <Button key={k} size="small" appearance="subtle" disabled={busy} onClick={() => setSource(t(`diagram.panel.example.${k}`))}>
            {t(`diagram.panel.kind.${k}`)}
          </Button>
        ))}
      </div>
      <div className={s.workspace}>
        <Field label={t('diagram.panel.editorLabel')} hint={t('diagram.panel.editorHint')}>
          <Textarea className={s.editor} rows={12} resize="vertical" value={source} onChange={(_e, d) => setSource(d.value)} readOnly={write.running} />
        </Field>
        <DiagramPreview layout={preview.layout} busy={preview.busy} label={t('diagram.panel.previewLabel')} />
      </div>
      {!write.running && <ErrorBar error={preview.error} />}
      <WarningsBar warnings={write.running ? [] : preview.warnings} />
      {preview.layout && !preview.error && (
        <Text className={s.hint} aria-live="polite">
          {t('diagram.panel.count', { nodes: preview.layout.nodes.length, edges: preview.layout.edges.length })}
        </Text>
      )}
      <DiagramActions
        disabled={!usable || busy || preview.busy}
        inserts={inserts}
        onInsert={(k) => void deliver.run(k)}
        onDownload={(f) => void deliver.run(f)}
      />
      <ErrorBar error={deliver.error} />
      <WarningsBar warnings={deliver.result ?? []} />
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

import { Button, Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';
import type { ChatEvent } from '../../../src/llm/types';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { useTask } from '../../hooks/useTask';
import { isConfigured } from '../../../src/llm/settings';
import type { TableProfile } from '../../../src/sheets/profile';
import { analyzeTable } from '../../../src/sheets/analysis';
import { narrate } from '../../../src/sheets/narrate';
import type { NarrateResult } from '../../../src/sheets/narrate';
import { analysisToMarkdown } from '../../../src/sheets/render';
import { FactsView } from './FactsView';
import { writeAnalysis } from './sheets-host';
import type { LoadedData } from './SheetsPanel.types';
import { useSheetsStyles } from './useSheetsStyles.styles';
import { SetupCard } from '../../setup/SetupCard';

const NONE = '';

export function AnalyzeTab({ data, profile }: { data: LoadedData; profile: TableProfile }) {
  const { host, t, llm, locale } = useApp();
  const s = useSheetsStyles();
  const categories = profile.columns.filter((c) => c.type === 'category' || c.type === 'text' || c.type === 'boolean').map((c) => c.name);
  const dates = profile.columns.filter((c) => c.type === 'date').map((c) => c.name);
  const [by, setBy] = useState<string>(NONE);
  const [dateColumn, setDateColumn] = useState<string>(NONE);
  const [story, setStory] = useState<NarrateResult | null>(null);
  const [written, setWritten] = useState('');

  const computed = useMemo(() => {
    try {
      return { facts: analyzeTable(data.table, { by: by || undefined, dateColumn: dateColumn || undefined }, profile), error: null };
    } catch (e) {
      return { facts: null, error: e };
    }
  }, [data.table, profile, by, dateColumn]);
  const { facts, error } = computed;

  const [tokens, setTokens] = useState(0);
  const narrateTask = useTask(async (signal: AbortSignal) => {
    if (!facts) return;
    setStory(null);
    setTokens(0);
    const onEvent = (e: ChatEvent) => (e.type === 'content' || e.type === 'reasoning') && setTokens((n) => n + estimateTokens(e.delta));
    const r = await narrate(llm, facts, { locale, signal, onEvent });
    if (!signal.aborted) setStory(r);
  });
  const writeTask = useTask(async () => {
    if (!facts) return;
    setWritten(t('sheets.analyze.written', { sheet: await writeAnalysis(facts, story, t) }));
  });

  const docxTask = useTask(async () => {
    if (!facts) return;
    const { markdownToDocx } = await import('../../../src/writing/markdown-to-docx');
    const md = analysisToMarkdown(data.name, facts, t, story ?? undefined);
    downloadBlob(
      await markdownToDocx(md, { title: t('sheets.report.title', { name: data.name }) }),
      `${data.name}-analysis.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  const picker = (label: string, value: string, options: string[], onPick: (v: string) => void) => (
    <Field label={label} className={s.grow}>
      <Select
        value={value}
        onChange={(_e, d) => {
          // A narrative belongs to the facts it was checked against.
          setStory(null);
          setWritten('');
          onPick(d.value);
        }}
      >
        <option value={NONE}>{t('sheets.analyze.none')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );

  const n = story?.narrative;
  return (
    <div className={s.section}>
      <div className={s.row}>
        {picker(t('sheets.analyze.by'), by, categories, setBy)}
        {picker(t('sheets.analyze.date'), dateColumn, dates, setDateColumn)}
      </div>
      <ErrorBar error={error} />
      <div className={s.row}>
        <Button appearance="primary" disabled={!facts || !isConfigured(llm) || narrateTask.running} onClick={() => void narrateTask.run()}>
          {t('sheets.analyze.narrate')}
        </Button>
        {host.kind === 'excel' ? (
          <Button disabled={!facts || writeTask.running} onClick={() => void writeTask.run()}>
            {t('sheets.analyze.toSheet')}
          </Button>
        ) : (
          <Button
            disabled={!facts}
            onClick={() =>
              facts && downloadBlob(analysisToMarkdown(data.name, facts, t, story ?? undefined), `${data.name}-analysis.md`, 'text/markdown;charset=utf-8')
            }
          >
            {t('sheets.analyze.downloadMd')}
          </Button>
        )}
        <Button disabled={!facts || docxTask.running} onClick={() => void docxTask.run()}>
          {t('sheets.analyze.downloadDocx')}
        </Button>
      </div>
      <SetupCard note={t('needsProvider')} />
      <JobProgress
        running={narrateTask.running}
        label={t(tokens ? 'progress.reading' : 'progress.waiting')}
        tokens={tokens}
        onStop={narrateTask.cancel}
        stopLabel={t('action.cancel')}
      />
      <ErrorBar error={narrateTask.error ?? writeTask.error ?? docxTask.error} />
      {written && (
        <MessageBar intent="success">
          <MessageBarBody>{written}</MessageBarBody>
        </MessageBar>
      )}
      {story && <WarningsBar warnings={story.warnings} />}
      {n && (
        <section className={s.narrative} aria-label={t('sheets.report.narrative')}>
          <Text>{n.summary}</Text>
          {(['trends', 'anomalies', 'suggestions'] as const).map((k) =>
            n[k].length ? (
              <div key={k}>
                <Text weight="semibold">{t(`sheets.report.${k}`)}</Text>
                <ul>
                  {n[k].map((x, i) => (
                    <li key={i}>{x}</li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
          <MessageBar intent={story.unverified.length ? 'warning' : 'success'}>
            <MessageBarBody>
              {story.unverified.length ? t('sheets.analyze.unverified', { numbers: story.unverified.join(', ') }) : t('sheets.analyze.verified')}
            </MessageBarBody>
          </MessageBar>
        </section>
      )}
      {facts && <FactsView facts={facts} />}
    </div>
  );
}

import { Button, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import type { Minutes } from '../../../src/writing/minutes-schema';
import {
  checkMinutes,
  minutesDownload,
  minutesMarkdown,
  editedMinutes,
  writeMinutes,
  type MinutesFormat,
  type MinutesRun,
} from '../../../src/writing/workflow';
import { MarkdownPreview } from './MarkdownPreview';
import { ResultActions } from './ResultActions';
import { SourcePicker } from './SourcePicker';
import { InsertedNotice } from './InsertedNotice';
import { useWordInsert } from './useWordInsert';
import { sourceMarkdown } from './word-host';
import type { SourceState } from './WritingPanel.types';
import { useWritingStyles } from './useWritingStyles.styles';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';
import { MinutesForm } from './record/MinutesForm';

/**
 * Notes → a validated Minutes record (src/writing/workflow.ts, as `dsplus minutes`) → the record in a form
 * the user corrects → the preview, the downloads and Insert, all from the edited record.
 */
export function MinutesTab({ source, onSource }: { source: SourceState; onSource: (s: SourceState) => void }) {
  const { host, t, llm } = useApp();
  const s = useWritingStyles();
  const inWord = host.kind === 'word';
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [tokens, setTokens] = useState(0);
  const [record, setRecord] = useState<Minutes | null>(null);
  const words = useWordInsert('minutes');
  const task = useTask(async (signal): Promise<MinutesRun> => {
    words.clear();
    setProgress(null);
    setTokens(0);
    setRecord(null);
    const notes = await sourceMarkdown(inWord, source);
    const run = await writeMinutes(llm, notes, {
      signal,
      today: new Date().toISOString().slice(0, 10),
      onProgress: (p) => setProgress(p.phase === 'map' ? { done: p.done, total: p.total } : null),
      onEvent: (e) => (e.type === 'content' || e.type === 'reasoning') && setTokens((n) => n + estimateTokens(e.delta)),
    });
    setRecord(run.minutes);
    return run;
  });
  const insert = words.insert;
  const result = task.status === 'done' ? task.result : null;
  const edited = result && record;
  const problems = useMemo(() => (record ? checkMinutes(record) : {}), [record]);
  const ok = Object.keys(problems).length === 0;
  const tidy = useMemo(() => (record && ok ? editedMinutes(record) : null), [record, ok]);
  const md = result && tidy ? minutesMarkdown(tidy, result.language) : '';
  const download = async (format: MinutesFormat) => {
    if (!result || !tidy) return;
    // The .docx writer is loaded on the first download, not with the panel.
    const file = await minutesDownload(tidy, result.language, format);
    downloadBlob(file.bytes, file.fileName, file.mime);
  };

  return (
    <div className={s.section}>
      <SourcePicker id="word-minutes-source" source={source} onChange={onSource} />
      <div className={s.row}>
        <Button appearance="primary" disabled={task.running || !isConfigured(llm)} onClick={() => void task.run()}>
          {t('word.minutes.generate')}
        </Button>
      </div>
      <JobProgress
        running={task.running}
        label={progress ? t('word.minutes.condensing', progress) : t(tokens ? 'progress.writing' : 'progress.waiting')}
        tokens={tokens}
        step={progress}
        onStop={task.cancel}
      />
      {task.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={task.error ?? insert.error} />
      {result && edited && (
        <>
          <WarningsBar warnings={result.warnings} />
          <Text className={s.hint}>{t('recordForm.minutes.hint')}</Text>
          <MinutesForm value={record} onChange={setRecord} problems={problems} />
          <div className={s.row}>
            <Button size="small" appearance="subtle" disabled={record === result.minutes} onClick={() => setRecord(result.minutes)}>
              {t('recordForm.minutes.reset')}
            </Button>
          </div>
          {!ok && (
            <Text className={s.error} role="alert">
              {t('recordForm.minutes.fixFirst')}
            </Text>
          )}
          <ResultActions
            id="word-minutes"
            disabled={insert.running || !ok}
            onInsert={(where) => void insert.run(md, where)}
            downloads={[
              { label: t('word.download.docx'), onClick: () => void download('docx') },
              { label: t('word.download.md'), onClick: () => void download('md') },
              { label: t('word.download.json'), onClick: () => void download('json') },
            ]}
          />
          {md && <MarkdownPreview markdown={md} label={t('word.preview')} />}
        </>
      )}
      <InsertedNotice insert={words} />
    </div>
  );
}

import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import { minutesDownload, minutesMarkdown, writeMinutes, type MinutesFormat, type MinutesRun } from '../../../src/writing/workflow';
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

/** Notes → a validated Minutes record → a formatted section with an action-item table (src/writing/workflow.ts, as `dsplus minutes`). */
export function MinutesTab({ source, onSource }: { source: SourceState; onSource: (s: SourceState) => void }) {
  const { host, t, llm } = useApp();
  const s = useWritingStyles();
  const inWord = host.kind === 'word';
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [tokens, setTokens] = useState(0);
  const words = useWordInsert('minutes');
  const task = useTask(async (signal): Promise<MinutesRun> => {
    words.clear();
    setProgress(null);
    setTokens(0);
    const notes = await sourceMarkdown(inWord, source);
    return writeMinutes(llm, notes, {
      signal,
      today: new Date().toISOString().slice(0, 10),
      onProgress: (p) => setProgress(p.phase === 'map' ? { done: p.done, total: p.total } : null),
      onEvent: (e) => (e.type === 'content' || e.type === 'reasoning') && setTokens((n) => n + estimateTokens(e.delta)),
    });
  });
  const insert = words.insert;
  const result = task.status === 'done' ? task.result : null;
  const md = result ? minutesMarkdown(result.minutes, result.language) : '';
  const download = async (format: MinutesFormat) => {
    if (!result) return;
    // The .docx writer is loaded on the first download, not with the panel.
    const file = await minutesDownload(result.minutes, result.language, format);
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
      {result && (
        <>
          <WarningsBar warnings={result.warnings} />
          <MarkdownPreview markdown={md} label={t('word.preview')} />
          <ResultActions
            id="word-minutes"
            disabled={insert.running}
            onInsert={(where) => void insert.run(md, where)}
            downloads={[
              { label: t('word.download.docx'), onClick: () => void download('docx') },
              { label: t('word.download.md'), onClick: () => void download('md') },
              { label: t('word.download.json'), onClick: () => void download('json') },
            ]}
          />
        </>
      )}
      <InsertedNotice insert={words} />
    </div>
  );
}

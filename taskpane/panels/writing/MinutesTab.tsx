import { Button, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import { generateMinutes, type MinutesResult } from '../../../src/writing/generate-minutes';
import type { MinutesFormat } from '../../../src/writing/minutes-output';
import { renderMinutesMarkdown } from '../../../src/writing/render-minutes';
import { MarkdownPreview } from './MarkdownPreview';
import { ResultActions } from './ResultActions';
import { SourcePicker } from './SourcePicker';
import { InsertedNotice } from './InsertedNotice';
import { useWordInsert } from './useWordInsert';
import { sourceMarkdown } from './word-host';
import type { SourceState } from './WritingPanel.types';
import { useWritingStyles } from './useWritingStyles.styles';

const MIME: Record<MinutesFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Notes → a validated Minutes record → a formatted section with an action-item table. */
export function MinutesTab({ source, onSource }: { source: SourceState; onSource: (s: SourceState) => void }) {
  const { host, t, llm } = useApp();
  const s = useWritingStyles();
  const inWord = host.kind === 'word';
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const words = useWordInsert('minutes');
  const task = useTask(async (signal): Promise<MinutesResult> => {
    words.clear();
    setProgress(null);
    const notes = await sourceMarkdown(inWord, source);
    return generateMinutes(llm, notes, {
      signal,
      today: new Date().toISOString().slice(0, 10),
      onProgress: (p) => setProgress(p.phase === 'map' ? { done: p.done, total: p.total } : null),
    });
  });
  const insert = words.insert;
  const result = task.status === 'done' ? task.result : null;
  const md = result ? renderMinutesMarkdown(result.minutes, result.language) : '';
  const download = async (format: MinutesFormat) => {
    if (!result) return;
    // The .docx writer is loaded on the first download, not with the panel.
    const { minutesFile } = await import('../../../src/writing/minutes-output');
    downloadBlob(await minutesFile(result.minutes, result.language, format), `minutes.${format}`, MIME[format]);
  };

  return (
    <div className={s.section}>
      <SourcePicker id="word-minutes-source" source={source} onChange={onSource} />
      <div className={s.row}>
        <Button appearance="primary" disabled={task.running || !isConfigured(llm)} onClick={() => void task.run()}>
          {t('word.minutes.generate')}
        </Button>
        {task.running && (
          <>
            <Spinner size="tiny" label={progress ? t('word.minutes.condensing', progress) : t('status.working')} />
            <Button onClick={task.cancel}>{t('action.cancel')}</Button>
          </>
        )}
      </div>
      {task.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={task.error ?? insert.error} />
      {result && (
        <>
          <WarningsBar warnings={result.warnings.map((w) => t(w))} />
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

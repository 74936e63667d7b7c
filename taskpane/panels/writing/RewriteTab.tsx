import { Button, Text } from '@fluentui/react-components';
import { JobProgress } from '../../components/JobProgress';
import { estimateTokens } from '../../../src/llm/tokens';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import { REWRITE_ACTIONS, rewriteText, type RewriteAction } from '../../../src/writing/rewrite';
import { MarkdownPreview } from './MarkdownPreview';
import { SourcePicker } from './SourcePicker';
import { InsertedNotice } from './InsertedNotice';
import { useWordInsert } from './useWordInsert';
import { sourceMarkdown } from './word-host';
import type { SourceState } from './WritingPanel.types';
import { useWritingStyles } from './useWritingStyles.styles';

/** Polish, shorten, expand, make formal or translate the selection; streamed preview; Replace or Insert below. */
export function RewriteTab({ source, onSource }: { source: SourceState; onSource: (s: SourceState) => void }) {
  const { host, t, llm } = useApp();
  const s = useWritingStyles();
  const inWord = host.kind === 'word';
  const [text, setText] = useState('');
  const words = useWordInsert('rewrite');
  const write = words.insert;
  const task = useTask(async (signal, action: RewriteAction) => {
    words.clear();
    setText('');
    const input = await sourceMarkdown(inWord, { ...source, scope: 'selection' });
    const res = await rewriteText(llm, action, input, { signal, onText: setText });
    setText(res.text);
    return res.text;
  });
  const done = task.status === 'done' && text;

  return (
    <div className={s.section}>
      <SourcePicker id="word-rewrite-source" source={source} onChange={onSource} allowBody={false} />
      {inWord && <Text className={s.hint}>{t('word.source.selection')}</Text>}
      <div role="group" aria-label={t('word.tab.rewrite')} className={s.row}>
        {REWRITE_ACTIONS.map((a) => (
          <Button key={a} size="small" disabled={task.running || !isConfigured(llm)} onClick={() => void task.run(a)}>
            {t(`word.rewrite.${a}`)}
          </Button>
        ))}
      </div>
      <JobProgress
        running={task.running}
        label={t(text ? 'progress.writing' : 'progress.waiting')}
        tokens={task.running ? estimateTokens(text) : 0}
        onStop={task.cancel}
      />
      {task.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={task.error ?? write.error} />
      {/* Stop leaves nothing behind: no half answer to copy, insert or mistake for the result. */}
      {text && task.status !== 'cancelled' && <MarkdownPreview markdown={text} label={t('word.preview')} busy={task.running} />}
      {done && (
        <div className={s.row}>
          {inWord ? (
            <>
              <Button appearance="primary" disabled={write.running} onClick={() => void write.run(text, 'replaceSelection')}>
                {t('word.rewrite.replace')}
              </Button>
              <Button disabled={write.running} onClick={() => void write.run(text, 'afterSelection')}>
                {t('word.rewrite.insertBelow')}
              </Button>
            </>
          ) : (
            <>
              <Button appearance="primary" onClick={() => void navigator.clipboard?.writeText(text)}>
                {t('action.copy')}
              </Button>
              <Button onClick={() => downloadBlob(text, 'rewrite.md', 'text/markdown;charset=utf-8')}>{t('word.download.md')}</Button>
            </>
          )}
        </div>
      )}
      <InsertedNotice insert={words} />
    </div>
  );
}

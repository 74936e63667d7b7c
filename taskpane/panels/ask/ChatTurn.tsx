import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { usageLine } from '../../../src/llm/format-usage';
import { useApp } from '../../app/AppContext';
import { useMarkdown } from './use-markdown';
import { shownSources } from '../../../src/web/render-sources';
import { SourcesPicker } from '../../web/SourcesPicker';
import { SourcesList } from '../../web/SourcesList';
import { useAskStyles } from './useAskStyles.styles';
import type { Turn } from './AskPanel.types';

export interface ChatTurnProps {
  turn: Turn;
  /** Absent in standalone mode, where there is no document to insert into. */
  onInsert?: (turn: Turn) => void;
  onCopy: (turn: Turn) => Promise<void>;
  /** 联网搜索: untick a source, write the answer from the kept ones, or give up. */
  onToggleSource?: (n: number, keep: boolean) => void;
  onWrite?: () => void;
  onCancelPick?: () => void;
  busy?: boolean;
}

export function ChatTurn({ turn, onInsert, onCopy, onToggleSource, onWrite, onCancelPick, busy }: ChatTurnProps) {
  const { t, locale } = useApp();
  const s = useAskStyles();
  const [copied, setCopied] = useState(false);
  const markdown = useMarkdown();
  const html = useMemo(() => markdown?.renderMarkdown(turn.answer, markdown.pictureLabelFor(t)), [markdown, turn.answer, t]);
  const streaming = turn.status === 'streaming';
  const thinking = streaming && !turn.answer && Boolean(turn.reasoning);
  const finished = turn.answer !== '' && !streaming;
  const web = turn.web;
  const shown = web?.sources && web.check ? shownSources(web.sources, web.check) : [];

  const copy = async () => {
    await onCopy(turn);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <article className={s.answerCard} aria-label={t('ask.turn.label', { n: turn.id })} data-testid="ask-turn">
      <Text className={s.question}>{turn.question}</Text>
      {turn.attachments?.length ? <Text className={s.hint}>📎 {turn.attachments.join(' · ')}</Text> : null}
      {web?.stage === 'searching' && <Spinner size="tiny" label={t('web.searching.queries')} labelPosition="after" />}
      {web?.stage === 'picking' && (
        <SourcesPicker
          queries={web.queries}
          sources={web.found}
          kept={new Set(web.kept)}
          onToggle={(n, keep) => onToggleSource?.(n, keep)}
          onWrite={() => onWrite?.()}
          onCancel={() => onCancelPick?.()}
          busy={busy}
        />
      )}
      {turn.reasoning && (
        <Accordion collapsible>
          <AccordionItem value="reasoning">
            <AccordionHeader size="small">{thinking ? t('ask.reasoning.thinking') : t('ask.reasoning.title', { n: turn.reasoning.length })}</AccordionHeader>
            <AccordionPanel>
              <div className={s.reasoning} data-testid="ask-reasoning">
                {turn.reasoning}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {turn.retry && <Text className={s.hint}>{t('llm.retrying', { seconds: turn.retry.seconds, attempt: turn.retry.attempt })}</Text>}
      {streaming && !turn.answer && !turn.retry && (!web || web.stage === 'answering') && (
        <Spinner size="tiny" label={thinking ? t('ask.reasoning.thinking') : t('ask.status.waiting')} labelPosition="after" />
      )}
      {/* Sanitized by DOMPurify in renderMarkdown: an answer's <img onerror> or <script> cannot run, and a
          remote picture is a link naming its host, loaded only if clicked. Until the renderer has loaded (it
          comes with the first answer, not with the pane) the answer shows as plain text. */}
      {html === undefined ? (
        <div className={s.markdown} style={{ whiteSpace: 'pre-wrap' }} aria-busy={streaming} data-testid="ask-answer">
          {turn.answer}
        </div>
      ) : (
        <div className={s.markdown} aria-busy={streaming} data-testid="ask-answer" dangerouslySetInnerHTML={{ __html: html }} />
      )}
      {shown.length > 0 && <SourcesList sources={shown} total={web?.sources?.length} />}
      {web?.stage === 'done' && web.warnings && web.warnings.length > 0 && (
        <MessageBar intent="warning" data-testid="web-warnings">
          <MessageBarBody>
            {web.warnings.map((w, i) => (
              <div key={i}>{t(w.key, w.params)}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {turn.status === 'stopped' && <Text className={s.hint}>{t('ask.status.stopped')}</Text>}
      {turn.status === 'incomplete' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {turn.incompleteError?.key === 'llm.error.streamCut'
              ? t('ask.incomplete.cut', { chars: turn.answer.length })
              : turn.incompleteError
                ? t(turn.incompleteError.key, turn.incompleteError.params)
                : t('llm.warning.incomplete')}
          </MessageBarBody>
        </MessageBar>
      )}
      {finished && (
        <div className={s.row}>
          <Button size="small" onClick={() => void copy()}>
            {copied ? t('action.copied') : t('action.copy')}
          </Button>
          {onInsert && (
            <Button size="small" onClick={() => onInsert(turn)}>
              {t('ask.insert')}
            </Button>
          )}
          {turn.usage && (
            <Text className={s.usage} data-testid="ask-usage">
              {usageLine(t, turn.usage, turn.cost, locale)}
            </Text>
          )}
        </div>
      )}
    </article>
  );
}

import { useId, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Text } from '@fluentui/react-components';
// Light modules only: the SDK (in useAskChat) and the Markdown renderer load when they are first needed.
import type { ChatMode } from '../../../src/llm/types';
import { insertAnswer } from '../../../src/office/insert-text';
import type { Message } from '../../../src/messages';
import type { Attachment } from '../../../src/writing/attachments';
import { referencesMarkdown, shownSources, sourceCitation } from '../../../src/web/render-sources';
import { WebSwitch } from '../../web/WebSwitch';
import { Attachments } from './Attachments';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { ModeToggle } from './ModeToggle';
import { Composer } from './Composer';
import { ChatTurn } from './ChatTurn';
import { PromptLibrary } from './PromptLibrary';
import { FrameworkBuilder } from './FrameworkBuilder';
import { loadMarkdown } from './use-markdown';
import { useAskChat } from './useAskChat';
import { useAskStyles } from './useAskStyles.styles';
import type { Turn } from './AskPanel.types';
import { SetupCard } from '../../setup/SetupCard';
import { JobProgress } from '../../components/JobProgress';
import { DeepOffHint, useDeepAvailable } from '../../components/DeepSwitch';
import type { Translate } from '../../../src/locales/catalog';
import { estimateTokens } from '../../../src/llm/tokens';

/** Ask: a chat with 快速 / 深度思考, streamed Markdown answers, reasoning, Stop, Copy and Insert. */
export default function AskPanel() {
  const { host, t, locale, llm, saveLlm } = useApp();
  const s = useAskStyles();
  const [chosen, setMode] = useState<ChatMode>('fast');
  // Where deep thinking is unavailable (Custom with "the same model") every question goes as 快速.
  const deepOk = useDeepAvailable();
  const mode: ChatMode = deepOk ? chosen : 'fast';
  const deepOffId = useId();
  const [input, setInput] = useState('');
  const [web, setWeb] = useState(false);
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [inserted, setInserted] = useState('');
  const [notices, setNotices] = useState<Message[]>([]);
  const chat = useAskChat(llm, locale, (q) => setInput((cur) => cur || q));
  const insert = useTask(async (_signal: AbortSignal, turn: Turn) => {
    if (host.kind === 'standalone') return;
    const { markdownToPlain, pictureLabelFor } = await loadMarkdown();
    setInserted('');
    setNotices([]);
    const unit = { kind: 'answer' as const, title: t('word.unit.answer') };
    const sources = turn.web?.sources && turn.web.check ? shownSources(turn.web.sources, turn.web.check) : [];
    if (host.kind === 'word' && sources.length) {
      // Word: every [n] becomes a footnote naming its source (a References list without WordApi 1.5).
      const { insertMarkdownWithSources } = await import('../../../src/office/word');
      const r = await insertMarkdownWithSources(
        turn.answer,
        sources.map((s) => ({ n: s.n, text: sourceCitation(s) })),
        'afterSelection',
        referencesMarkdown(sources, locale),
        unit,
        host.isSetSupported,
      );
      setNotices(r.insert.notices);
      setInserted(r.mode === 'footnotes' ? t('web.insert.footnotes', { n: r.count }) : t('web.insert.references'));
      return;
    }
    const md = sources.length ? `${turn.answer.trimEnd()}\n\n${referencesMarkdown(sources, locale)}` : turn.answer;
    setNotices(await insertAnswer(host.kind, { text: markdownToPlain(md, pictureLabelFor(t)), markdown: md, wordTitle: unit.title }));
    setInserted(t('ask.inserted'));
  });
  const history = chat.turns.map((x) => `${x.question}\n${x.answer}`).join('\n');

  const send = () => {
    const q = input.trim();
    if (!q) return;
    setInput('');
    const files = attachments;
    setAttachments([]);
    void chat.send(q, mode, { web, attachments: files });
  };

  const error = chat.error ?? insert.error;
  const live = chat.turns.find((x) => x.status === 'streaming');
  return (
    <section className={s.root} aria-label={t('tab.ask')}>
      <SetupCard />
      <div className={s.row}>
        <ModeToggle mode={mode} onChange={setMode} disabled={chat.running} deepOff={!deepOk} describedBy={deepOk ? undefined : deepOffId} />
        <span className={s.grow} />
        {chat.turns.length > 0 && (
          <Button size="small" appearance="subtle" onClick={chat.clear}>
            {t('ask.clear')}
          </Button>
        )}
      </div>
      {!deepOk && <DeepOffHint id={deepOffId} />}
      {mode === 'deep' && <Text className={s.hint}>{t('ask.deep.advice')}</Text>}
      <div className={s.turns} aria-live="off">
        {chat.turns.map((turn) => (
          <ChatTurn
            key={turn.id}
            turn={turn}
            onCopy={(x) => copyText(x.answer)}
            onInsert={host.kind === 'standalone' ? undefined : (x) => void insert.run(x)}
            onToggleSource={(n, keep) => chat.toggleSource(turn.id, n, keep)}
            onWrite={() => void chat.write(turn.id)}
            onCancelPick={() => chat.cancelPick(turn.id)}
            busy={chat.running}
          />
        ))}
      </div>
      {chat.turns.length === 0 && <Text className={s.hint}>{t('ask.empty')}</Text>}
      {insert.status === 'done' && inserted && (
        <>
          <WarningsBar warnings={notices} />
          <Text role="status" className={s.hint}>
            {inserted}
          </Text>
        </>
      )}
      <ErrorBar error={error} />
      <WebSwitch checked={web} onChange={setWeb} disabled={chat.running} />
      <Attachments value={attachments} onChange={setAttachments} disabled={chat.running} question={input} />
      <JobProgress
        running={chat.running}
        label={askProgress(live, t)}
        tokens={live ? estimateTokens(live.reasoning) + estimateTokens(live.answer) : 0}
        onStop={chat.stop}
      />
      <Composer
        value={input}
        onChange={setInput}
        onSend={send}
        running={chat.running}
        mode={mode}
        settings={llm}
        onMaskChange={(on) => saveLlm({ ...llm, maskSensitive: on })}
        historyChars={history + attachments.map((a) => a.markdown).join('\n')}
      />
      <Accordion collapsible multiple>
        <AccordionItem value="library">
          <AccordionHeader>{t('ask.library.title')}</AccordionHeader>
          <AccordionPanel>
            <PromptLibrary
              onPick={(tpl) => {
                setInput(tpl.text[locale]);
                if (tpl.deep) setMode('deep');
              }}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="builder">
          <AccordionHeader>{t('ask.builder.title')}</AccordionHeader>
          <AccordionPanel>
            <FrameworkBuilder onUse={setInput} deep={mode === 'deep'} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}

/** What the answer being written is doing, in words (a retry or a search says so in the turn itself). */
function askProgress(turn: Turn | undefined, t: Translate): string {
  if (turn?.answer) return t('progress.writing');
  return t(turn?.reasoning && !turn.retry ? 'progress.thinking' : 'progress.waiting');
}

/** The async clipboard needs a secure context and permission; older webviews still take execCommand. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

import { Badge, Button, Field, MessageBar, MessageBarBody, SpinButton, Switch, Text, Textarea } from '@fluentui/react-components';
import { JobProgress } from '../../components/JobProgress';
import { useState } from 'react';
import { DEFAULT_MAX_STEPS } from '../../../src/agent/loop';
import { isConfigured } from '../../../src/llm/settings';
import { SetupCard } from '../../setup/SetupCard';
import { useApp } from '../../app/AppContext';
import { DeepSwitch } from '../../components/DeepSwitch';
import { ErrorBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { ChangeItem } from './ChangeItem';
import { useAgentRun } from './useAgentRun';
import { useAgentStyles } from './useAgentStyles.styles';

/** Agent mode: a task in words → the model reads the document with tools and proposes changes to review. */
export default function AgentPanel() {
  const { t, llm, locale } = useApp();
  const s = useAgentStyles();
  const run = useAgentRun();
  const [task, setTask] = useState('');
  const [auto, setAuto] = useState(false);
  const [deep, setDeep] = useState(false);
  const [maxSteps, setMaxSteps] = useState(DEFAULT_MAX_STEPS);
  const [copied, setCopied] = useState(false);
  const configured = isConfigured(llm);
  const { session, task: job } = run;
  const changes = session?.changes ?? [];
  const pending = changes.filter((c) => c.status === 'proposed');
  const result = job.result && job.status === 'done' ? job.result : null;

  const copy = async () => {
    if (!run.transcript) return;
    await navigator.clipboard.writeText(run.transcript.toMarkdown(locale));
    setCopied(true);
  };
  const save = () => run.transcript && downloadBlob(run.transcript.toMarkdown(locale), 'agent-transcript.md', 'text/markdown');

  return (
    <section className={s.root} aria-label={t('tab.agent')}>
      <SetupCard />
      <Field label={t('agent.panel.task')}>
        <Textarea
          data-draft="agent.task"
          value={task}
          onChange={(_, d) => setTask(d.value)}
          placeholder={t('agent.panel.placeholder')}
          resize="vertical"
          rows={3}
        />
      </Field>
      <Switch
        checked={auto}
        onChange={(_, d) => {
          setAuto(d.checked);
          session?.setAuto(d.checked);
        }}
        label={t('agent.panel.auto')}
      />
      <div className={s.fieldRow}>
        <DeepSwitch checked={deep} onChange={setDeep} label={t('agent.panel.deep')} disabled={job.running} />
        <Field label={t('agent.panel.maxSteps')}>
          <SpinButton
            className={s.steps}
            value={maxSteps}
            min={1}
            max={100}
            onChange={(_, d) => setMaxSteps(Math.max(1, Math.min(100, Number(d.value ?? d.displayValue) || DEFAULT_MAX_STEPS)))}
            disabled={job.running}
          />
        </Field>
      </div>
      <div className={s.row}>
        {/* While it runs, Stop is in the pane's progress bar (components/JobProgress), always in view. */}
        <Button
          appearance="primary"
          disabled={job.running || !configured || !task.trim()}
          onClick={() => void job.run({ task: task.trim(), auto, deep, maxSteps })}
        >
          {t('agent.panel.run')}
        </Button>
        {run.protocol && (
          <Badge
            appearance="outline"
            color={run.protocol.protocol === 'native' ? 'brand' : 'warning'}
            title={t(`agent.protocol.source.${run.protocol.source}`)}
          >
            {t(`agent.protocol.${run.protocol.protocol}`)}
          </Badge>
        )}
      </div>
      <JobProgress
        running={job.running}
        label={run.progress ? t('progress.agentStep', { steps: run.progress.steps, maxSteps: run.progress.maxSteps }) : t('agent.panel.working')}
        tokens={run.progress?.tokens}
        onStop={job.cancel}
        stopLabel={t('agent.panel.stop')}
      />
      {run.progress && (
        <Text className={s.hint}>{t('agent.panel.steps', { steps: run.progress.steps, maxSteps: run.progress.maxSteps, tokens: run.progress.tokens })}</Text>
      )}
      {run.notices.map((n, i) => (
        <Text key={i} className={s.hint}>
          {t(n.key, n.params)}
        </Text>
      ))}
      <ErrorBar error={job.error} />
      {run.tools.length > 0 && (
        <details>
          <summary>{t('agent.panel.activity')}</summary>
          <ol className={s.activity}>
            {run.tools.map((l) => (
              <li key={l.callId} className={s.mono}>
                {l.name} {l.arguments.length > 80 ? `${l.arguments.slice(0, 80)}…` : l.arguments} — {l.status}
              </li>
            ))}
          </ol>
        </details>
      )}
      <section aria-label={t('agent.panel.changes')}>
        <div className={s.row}>
          <Text weight="semibold">{t('agent.panel.changes')}</Text>
          {pending.length > 1 && (
            <Button size="small" onClick={() => void session?.applyAll()}>
              {t('agent.panel.applyAll')}
            </Button>
          )}
        </div>
        {changes.length === 0 ? (
          <Text className={s.hint}>{t('agent.panel.noChanges')}</Text>
        ) : (
          <ul className={s.list} aria-label={t('agent.panel.changes')}>
            {changes.map((c) => (
              <ChangeItem key={c.id} change={c} onApply={() => void session?.apply(c.id)} onSkip={() => session?.skip(c.id)} />
            ))}
          </ul>
        )}
      </section>
      {run.answer && (
        <section aria-label={t('agent.panel.answer')}>
          <Text weight="semibold">{t('agent.panel.answer')}</Text>
          <div className={s.answer}>{run.answer}</div>
        </section>
      )}
      {result && (
        <MessageBar intent={result.status === 'done' ? 'success' : result.status === 'failed' ? 'error' : 'warning'}>
          <MessageBarBody>
            {t(result.note.key, result.note.params)}
            {result.error ? ` ${t(result.error.key, result.error.params)}` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {job.status === 'cancelled' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('agent.end.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {run.undoReport && (
        <MessageBar intent={run.undoReport.failed.length ? 'warning' : 'success'}>
          <MessageBarBody>
            {run.undoReport.failed.length
              ? t('agent.undo.reportFailed', {
                  undone: run.undoReport.undone,
                  failed: run.undoReport.failed.length,
                  details: run.undoReport.failed.map((f) => `${t(f.summary.key, f.summary.params)}: ${t(f.error.key, f.error.params)}`).join('; '),
                })
              : t('agent.undo.report', { undone: run.undoReport.undone })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        {session?.canUndo && !job.running && <Button onClick={() => void run.undoRun()}>{t('agent.panel.undoRun')}</Button>}
        {run.transcript && (
          <>
            <Button size="small" appearance="subtle" onClick={() => void copy()}>
              {t('agent.panel.copyTranscript')}
            </Button>
            <Button size="small" appearance="subtle" onClick={save}>
              {t('agent.panel.saveTranscript')}
            </Button>
          </>
        )}
        {copied && <Text className={s.hint}>{t('agent.panel.copied')}</Text>}
      </div>
    </section>
  );
}

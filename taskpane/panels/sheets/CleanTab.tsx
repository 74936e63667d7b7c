import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { useTask } from '../../hooks/useTask';
import { isConfigured } from '../../../src/llm/settings';
import type { Plan } from '../../../src/sheets/plan-schema';
import type { TableProfile } from '../../../src/sheets/profile';
import type { ApplyResult } from '../../../src/sheets/apply-plan';
import { SAMPLE_ROWS } from '../../../src/sheets/model-view';
import { suggestionReport } from '../../../src/sheets/render';
import { cleanedFile, cleanTable, readPlan, suggestCleaning } from '../../../src/sheets/workflow';
import type { Message } from '../../../src/messages';
import { StepList, toEditable } from './StepList';
import type { EditableStep } from './StepList';
import { CleanResult, PREVIEW_PER_STEP } from './CleanResult';
import { SavedPlans } from './SavedPlans';
import { applyToNewSheets } from './sheets-host';
import type { LoadedData } from './SheetsPanel.types';
import { useSheetsStyles } from './useSheetsStyles.styles';
import { SetupCard } from '../../setup/SetupCard';

/** Profile → suggested plan → editable steps → preview → apply to a new sheet or download. */
export function CleanTab({
  data,
  profile,
  steps,
  onSteps: setSteps,
}: {
  data: LoadedData;
  profile: TableProfile;
  steps: EditableStep[];
  onSteps: (s: EditableStep[]) => void;
}) {
  const { host, t, llm, locale, entry } = useApp();
  const s = useSheetsStyles();
  const [warnings, setWarnings] = useState<Message[]>([]);
  const [report, setReport] = useState<string[]>([]);
  const [preview, setPreview] = useState<{ result: ApplyResult; plan: Plan } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [applied, setApplied] = useState('');
  const [localError, setLocalError] = useState<unknown>(null);

  const setPlanSteps = (plan: Plan) => {
    setSteps(plan.steps.map((st) => toEditable(st, st.enabled !== false)));
    setPreview(null);
  };

  const suggest = useTask(async (signal: AbortSignal) => {
    const res = await suggestCleaning(llm, data.table, { locale, signal, profile });
    if (signal.aborted) return;
    setPlanSteps(res.plan);
    setWarnings(res.warnings);
    setReport(suggestionReport(res, t));
  });

  // Opened from the home view's "Clean a table": the plan is asked for as soon as the table is in, so the job
  // is open → read → download. A plan already there, or no model, is left alone; Cancel stops it as ever.
  const autoSuggest = useRef(entry === 'clean' && steps.length === 0 && isConfigured(llm));
  useEffect(() => {
    if (!autoSuggest.current) return;
    autoSuggest.current = false;
    void suggest.run();
    // Once, when this table arrives (the tab is keyed by the loaded data).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const runPreview = () => {
    setLocalError(null);
    setApplied('');
    try {
      // Computed here, from the plan as it stands: no model is asked.
      const plan = readPlan(steps);
      setPreview({ result: cleanTable(data.table, plan, { changeLimit: PREVIEW_PER_STEP }), plan });
    } catch (e) {
      setPreview(null);
      setLocalError(e);
    }
  };

  const apply = useTask(async (signal: AbortSignal, target: 'excel' | 'csv' | 'xlsx') => {
    setApplied('');
    setProgress(null);
    // A refused plan must not leave an earlier preview standing as if it were this result.
    setPreview(null);
    const plan = readPlan(steps);
    const result = cleanTable(data.table, plan, { changeLimit: PREVIEW_PER_STEP, signal });
    setPreview({ result, plan });
    if (target === 'excel') {
      const r = await applyToNewSheets(data.name, result.table, result.reports, t, { signal, onProgress: (done, total) => setProgress({ done, total }) });
      setApplied(t('sheets.clean.applied', { sheet: r.sheet, log: r.log }));
      return;
    }
    const fileName = `${data.name}-clean.${target}`;
    const bytes = await cleanedFile(fileName, result, data.name, t('sheets.changelog.sheet'));
    downloadBlob(bytes, fileName, target === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  const currentPlan = () => {
    try {
      return readPlan(steps);
    } catch (e) {
      setLocalError(e);
      return null;
    }
  };

  return (
    <div className={s.section}>
      <div className={s.row}>
        <Button appearance="primary" disabled={!isConfigured(llm) || suggest.running} onClick={() => void suggest.run()}>
          {t('sheets.clean.suggest')}
        </Button>
        {suggest.running && <Button onClick={suggest.cancel}>{t('action.cancel')}</Button>}
      </div>
      <SetupCard note={t('needsProvider')} />
      {suggest.running && (
        <Spinner size="tiny" labelPosition="after" label={t('sheets.clean.suggesting', { n: Math.min(SAMPLE_ROWS, data.table.rows.length) })} />
      )}
      <ErrorBar error={suggest.error} />
      <WarningsBar warnings={warnings} lines={report} />
      <StepList
        steps={steps}
        headers={data.table.headers}
        onChange={(next) => {
          setSteps(next);
          setPreview(null);
        }}
      />
      <SavedPlans current={currentPlan} onLoad={setPlanSteps} />
      <div className={s.row}>
        <Button disabled={steps.length === 0} onClick={runPreview}>
          {t('sheets.clean.preview')}
        </Button>
        {host.kind === 'excel' ? (
          <Button appearance="primary" disabled={steps.length === 0 || apply.running} onClick={() => void apply.run('excel')}>
            {t('sheets.clean.apply')}
          </Button>
        ) : (
          <>
            <Button appearance="primary" disabled={steps.length === 0 || apply.running} onClick={() => void apply.run('csv')}>
              {t('sheets.clean.downloadCsv')}
            </Button>
            <Button disabled={steps.length === 0 || apply.running} onClick={() => void apply.run('xlsx')}>
              {t('sheets.clean.downloadXlsx')}
            </Button>
          </>
        )}
        {apply.running && <Button onClick={apply.cancel}>{t('action.cancel')}</Button>}
      </div>
      {apply.running && progress && (
        <Field validationMessage={t('sheets.progress.write', { done: progress.done, total: progress.total })} validationState="none">
          <ProgressBar value={progress.done / Math.max(1, progress.total)} />
        </Field>
      )}
      {apply.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      {applied && (
        <MessageBar intent="success">
          <MessageBarBody>{applied}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={localError ?? apply.error} />
      {preview && <CleanResult result={preview.result} steps={preview.plan.steps} />}
    </div>
  );
}

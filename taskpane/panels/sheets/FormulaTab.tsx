import { Button, Field, Input, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar } from '../../components/ErrorBar';
import { useTask } from '../../hooks/useTask';
import { isConfigured } from '../../../src/llm/settings';
import { suggestFormula } from '../../../src/sheets/formula';
import { activeCellAddress, insertFormula } from './sheets-host';
import type { LoadedData } from './SheetsPanel.types';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** Words → an Excel formula with an explanation; it reaches the sheet only when the user presses Insert. */
export function FormulaTab({ data }: { data: LoadedData }) {
  const { host, t, llm, locale } = useApp();
  const s = useSheetsStyles();
  const [request, setRequest] = useState('');
  const [target, setTarget] = useState('');
  const [inserted, setInserted] = useState('');
  const gen = useTask(async (signal: AbortSignal) => {
    setInserted('');
    let cell = target;
    if (!cell && host.kind === 'excel') {
      cell = await activeCellAddress();
      setTarget(cell);
    }
    return suggestFormula(llm, { address: data.address ?? `A1`, table: data.table, tableName: data.tableName, targetCell: cell || undefined }, request, {
      locale,
      signal,
    });
  });
  const insert = useTask(async (_signal: AbortSignal, formula: string) => {
    await insertFormula(target, formula);
    setInserted(t('sheets.formula.inserted', { cell: target }));
  });
  const answer = gen.result;
  return (
    <div className={s.section}>
      <Field label={t('sheets.formula.describe')}>
        <Textarea value={request} placeholder={t('sheets.formula.placeholder')} onChange={(_e, d) => setRequest(d.value)} />
      </Field>
      {host.kind === 'excel' && (
        <Field label={t('sheets.formula.target')}>
          <Input value={target} onChange={(_e, d) => setTarget(d.value)} />
        </Field>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={!request.trim() || !isConfigured(llm) || gen.running} onClick={() => void gen.run()}>
          {t('sheets.formula.generate')}
        </Button>
        {gen.running && <Button onClick={gen.cancel}>{t('action.cancel')}</Button>}
      </div>
      <ErrorBar error={gen.error ?? insert.error} />
      {answer && gen.status === 'done' && (
        <div className={s.step}>
          <Text className={s.mono} aria-label="formula">
            {answer.formula}
          </Text>
          <Text size={200}>{answer.explanation}</Text>
          <div className={s.row}>
            <Button onClick={() => void navigator.clipboard?.writeText(answer.formula)}>{t('action.copy')}</Button>
            {host.kind === 'excel' ? (
              <Button appearance="primary" disabled={!target || insert.running} onClick={() => void insert.run(answer.formula)}>
                {t('sheets.formula.insert')}
              </Button>
            ) : (
              <Text className={s.hint}>{t('sheets.formula.needsExcel')}</Text>
            )}
          </div>
        </div>
      )}
      {inserted && (
        <MessageBar intent="success">
          <MessageBarBody>{inserted}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

import { Button, Field, ProgressBar, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { pickFileBytes } from '../../components/files';
import { useTask } from '../../hooks/useTask';
import { readTable, MAX_TABLE_BYTES } from '../../../src/sheets/read-table';
import type { ReadSource } from '../../../src/office/excel';
import { readFromExcel } from './sheets-host';
import { PasteTable } from './PasteTable';
import type { LoadedData } from './SheetsPanel.types';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** Excel: read the selection, the used range or the table under the cursor. Standalone: open a file. */
export function SourceBar({ data, onData }: { data: LoadedData | null; onData: (d: LoadedData) => void }) {
  const { host, t } = useApp();
  const s = useSheetsStyles();
  const [source, setSource] = useState<ReadSource>('selection');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const task = useTask(async (signal: AbortSignal, mode: 'excel' | 'file') => {
    setProgress(null);
    if (mode === 'excel') {
      const d = await readFromExcel(source, { signal, onProgress: (done, total) => setProgress({ done, total }) });
      if (!signal.aborted) onData(d);
      return;
    }
    const file = await pickFileBytes('.csv,.txt,.xlsx', MAX_TABLE_BYTES);
    if (!file) return;
    const loaded = await readTable(file.name, file.bytes);
    if (!signal.aborted) onData({ table: loaded.table, name: loaded.name, warnings: loaded.warnings });
  });

  return (
    <div className={s.section}>
      {host.kind === 'excel' ? (
        <>
          <Field label={t('sheets.source.label')}>
            <RadioGroup value={source} onChange={(_e, d) => setSource(d.value as ReadSource)}>
              <Radio value="selection" label={t('sheets.source.selection')} />
              <Radio value="used" label={t('sheets.source.used')} />
              <Radio value="table" label={t('sheets.source.table')} />
            </RadioGroup>
          </Field>
          <div className={s.row}>
            <Button appearance="primary" disabled={task.running} onClick={() => void task.run('excel')}>
              {t('sheets.source.read')}
            </Button>
            {task.running && <Button onClick={task.cancel}>{t('action.cancel')}</Button>}
          </div>
        </>
      ) : (
        <div className={s.row}>
          <Button appearance="primary" disabled={task.running} onClick={() => void task.run('file')}>
            {t('sheets.source.open')}
          </Button>
        </div>
      )}
      <PasteTable onData={onData} />
      {task.running && progress && (
        <Field validationMessage={t('sheets.progress.read', { done: progress.done, total: progress.total })} validationState="none">
          <ProgressBar value={progress.done / Math.max(1, progress.total)} />
        </Field>
      )}
      <Text className={s.hint} role="status">
        {data ? t('sheets.source.loaded', { name: data.name, rows: data.table.rows.length, cols: data.table.headers.length }) : t('sheets.source.none')}
      </Text>
      <WarningsBar warnings={data?.warnings ?? []} />
      {task.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={task.error} />
    </div>
  );
}

import { Tab, TabList } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { profileTable } from '../../../src/sheets/profile';
import { SourceBar } from './SourceBar';
import { ProfileTab } from './ProfileTab';
import { CleanTab } from './CleanTab';
import { AnalyzeTab } from './AnalyzeTab';
import { FormulaTab } from './FormulaTab';
import type { LoadedData, SheetsTab } from './SheetsPanel.types';
import type { EditableStep } from './StepList';
import { useSheetsStyles } from './useSheetsStyles.styles';

const TABS: readonly SheetsTab[] = ['profile', 'clean', 'analyze', 'formula'];

/** Data tools: profile, cleaning plan, analysis with checked numbers, formula helper. */
export default function SheetsPanel() {
  const { t, entry } = useApp();
  const s = useSheetsStyles();
  // A home-view job opens the panel on its part (Clean a table → clean).
  const [tab, setTab] = useState<SheetsTab>(() => TABS.find((id) => id === entry) ?? 'profile');
  const [data, setData] = useState<LoadedData | null>(null);
  // The plan outlives tab switches and re-reads of the data (a preview does not: CleanTab is keyed by the data).
  const [steps, setSteps] = useState<EditableStep[]>([]);
  const [version, setVersion] = useState(0);
  // Profiling is local and runs once per loaded table; every tab reads the same profile.
  const profile = useMemo(() => (data ? profileTable(data.table) : null), [data]);
  return (
    <section className={s.root} aria-label={t('tab.sheets')}>
      <SourceBar
        data={data}
        onData={(d) => {
          setData(d);
          setVersion((v) => v + 1);
        }}
      />
      <TabList className={s.tabs} size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as SheetsTab)} aria-label={t('tab.sheets')}>
        {TABS.map((id) => (
          <Tab key={id} value={id}>
            {t(`sheets.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={t(`sheets.tab.${tab}`)}>
        {data && profile && tab === 'profile' && <ProfileTab profile={profile} />}
        {data && profile && tab === 'clean' && <CleanTab key={version} data={data} profile={profile} steps={steps} onSteps={setSteps} />}
        {data && profile && tab === 'analyze' && <AnalyzeTab data={data} profile={profile} />}
        {data && tab === 'formula' && <FormulaTab data={data} />}
      </div>
    </section>
  );
}

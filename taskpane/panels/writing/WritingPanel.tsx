import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { DraftTab } from './DraftTab';
import { MinutesTab } from './MinutesTab';
import { ProofreadTab } from './ProofreadTab';
import { RewriteTab } from './RewriteTab';
import type { SourceState, WritingTab } from './WritingPanel.types';
import { useWritingStyles } from './useWritingStyles.styles';
import { SetupCard } from '../../setup/SetupCard';

const TABS: readonly WritingTab[] = ['minutes', 'draft', 'proofread', 'rewrite'];

/** Writing tools: meeting minutes, drafting from templates, proofreading as tracked changes, rewrite. */
export default function WritingPanel() {
  const { t, entry } = useApp();
  const s = useWritingStyles();
  // A home-view job opens the panel on its part (Draft a report → draft).
  const [tab, setTab] = useState<WritingTab>(() => TABS.find((id) => id === entry) ?? 'minutes');
  // One source for every sub-tab: text pasted for the minutes can be proofread without pasting it again.
  const [source, setSource] = useState<SourceState>({ scope: 'selection', text: '', fileName: null, docx: null });
  return (
    <section className={s.root} aria-label={t('tab.writing')}>
      <TabList className={s.tabs} size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as WritingTab)} aria-label={t('word.tabs')}>
        {TABS.map((id) => (
          <Tab key={id} value={id}>
            {t(`word.tab.${id}`)}
          </Tab>
        ))}
      </TabList>
      <SetupCard />
      <div role="tabpanel" aria-label={t(`word.tab.${tab}`)}>
        {tab === 'minutes' && <MinutesTab source={source} onSource={setSource} />}
        {tab === 'draft' && <DraftTab />}
        {tab === 'proofread' && <ProofreadTab source={source} onSource={setSource} />}
        {tab === 'rewrite' && <RewriteTab source={source} onSource={setSource} />}
      </div>
    </section>
  );
}

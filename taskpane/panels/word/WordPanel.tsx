import { Tab, TabList } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { DraftTab } from './DraftTab';
import { MinutesTab } from './MinutesTab';
import { ProofreadTab } from './ProofreadTab';
import { RewriteTab } from './RewriteTab';
import type { SourceState, WordTab } from './WordPanel.types';
import { useWordStyles } from './useWordStyles.styles';
import { SetupCard } from '../../setup/SetupCard';

const TABS: readonly WordTab[] = ['minutes', 'draft', 'proofread', 'rewrite'];

/** Writing tools: meeting minutes, drafting from templates, proofreading as tracked changes, rewrite. */
export default function WordPanel() {
  const { t, entry } = useApp();
  const s = useWordStyles();
  // A home-view job opens the panel on its part (Draft a report → draft).
  const [tab, setTab] = useState<WordTab>(() => TABS.find((id) => id === entry) ?? 'minutes');
  // One source for every sub-tab: text pasted for the minutes can be proofread without pasting it again.
  const [source, setSource] = useState<SourceState>({ scope: 'selection', text: '', fileName: null, docx: null });
  return (
    <section className={s.root} aria-label={t('tab.word')}>
      <TabList className={s.tabs} size="small" selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as WordTab)} aria-label={t('word.tabs')}>
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

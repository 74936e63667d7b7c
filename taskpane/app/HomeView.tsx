import { CompoundButton, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import {
  Bot20Regular,
  ChatSparkle20Regular,
  DataBarVertical20Regular,
  DocumentEdit20Regular,
  Flowchart20Regular,
  NotepadPerson20Regular,
  SlideMultiple20Regular,
  TableEdit20Regular,
  TextBulletListTree20Regular,
  TextGrammarCheckmark20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { isConfigured } from '../../src/llm/settings-values';
import { useApp } from './AppContext';
import { jobsFor, type JobId } from './jobs';
import { useHomeStyles } from './useHomeStyles.styles';

const ICONS: Record<JobId, FluentIcon> = {
  agent: Bot20Regular,
  slides: SlideMultiple20Regular,
  minutes: NotepadPerson20Regular,
  report: DocumentEdit20Regular,
  proofread: TextGrammarCheckmark20Regular,
  clean: TableEdit20Regular,
  analyze: DataBarVertical20Regular,
  mindmap: TextBulletListTree20Regular,
  diagram: Flowchart20Regular,
  ask: ChatSparkle20Regular,
};

/** The first screen: the jobs this host offers, each one click from its panel. Loads no feature code. */
export function HomeView({ panelIds }: { panelIds: readonly string[] }) {
  const { t, llm, host, navigate } = useApp();
  const s = useHomeStyles();
  const jobs = jobsFor(panelIds);
  return (
    <section className={s.root} aria-label={t('tab.home')}>
      <Text as="h2" className={s.title}>
        {t('home.title')}
      </Text>
      <ul className={s.grid} aria-label={t('home.jobs')}>
        {jobs.map((job) => {
          const Icon = ICONS[job.id];
          return (
            <li key={job.id} className={s.item}>
              <CompoundButton className={s.job} icon={<Icon />} secondaryContent={t(`job.${job.id}.hint`)} onClick={() => navigate(job.panel, job.entry)}>
                {t(`job.${job.id}`)}
              </CompoundButton>
            </li>
          );
        })}
      </ul>
      {host.kind === 'standalone' && (
        <MessageBar intent="info" className={s.notice}>
          <MessageBarBody>{t('app.mode.standalone')}</MessageBarBody>
        </MessageBar>
      )}
      {!isConfigured(llm) && (
        <MessageBar intent="info" className={s.notice}>
          <MessageBarBody>{t('home.noModel')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Badge, Button, FluentProvider, Spinner, Text, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { Settings20Regular } from '@fluentui/react-icons';
import { resolveLocale, translate, type Locale, type MessageParams } from './messages';
import type { MessageKey } from '../../src/locales/keys';
import type { LlmSettings } from '../../src/llm/settings';
import type { HostInfo } from '../host/host-kind';
import { AppContext, type AppContextValue } from './AppContext';
import { useAppStyles } from './useAppStyles.styles';
import { lazyPanel, panelsFor } from '../panels/registry';
import { PanelBoundary } from './PanelBoundary';
import { HomeView } from './HomeView';
import { HOME, NavBar } from './NavBar';
import { loadSettings, saveSettings, type LocaleChoice } from '../settings/settings-store';
import { JobDockContext } from '../components/job-dock';
import { currentJob, rememberView, restoreJobDraft } from './job-draft';

const SETTINGS = 'settings';
// Settings pulls in zod and the LLM layer (Test connection): its own chunk, like every panel.
const SettingsPanel = lazyPanel(() => import('../settings/SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

export function App({ host }: { host: HostInfo }) {
  const styles = useAppStyles();
  // Where a running job's progress and Stop are drawn: under the scrolling area, always in view.
  const [dock, setDock] = useState<HTMLElement | null>(null);
  const [stored, setStored] = useState(loadSettings);
  const locale: Locale = stored.locale === 'auto' ? resolveLocale(host.displayLanguage) : stored.locale;
  const panels = useMemo(() => panelsFor(host.kind), [host.kind]);
  const [view, setView] = useState<{ id: string; entry?: string }>(() => {
    const { view, entry } = currentJob();
    return { id: view, entry };
  });
  const [main, setMain] = useState<HTMLElement | null>(null);
  const selected = panels.some((p) => p.id === view.id) || view.id === SETTINGS ? view.id : HOME;

  const update = useCallback((next: typeof stored) => {
    setStored(next);
    saveSettings(next);
  }, []);

  const navigate = useCallback((id: string, entry?: string) => {
    setView({ id, entry });
    rememberView(id, entry);
  }, []);

  // Back from the reload a newly saved provider needs: the job's typed text goes back where it was.
  useEffect(() => (main ? restoreJobDraft(selected, main) : undefined), [main, selected]);

  const ctx = useMemo<AppContextValue>(
    () => ({
      host,
      locale,
      t: (key: MessageKey, params?: MessageParams) => translate(locale, key, params),
      llm: stored.llm,
      saveLlm: (llm: LlmSettings) => update({ ...stored, llm }),
      localeChoice: stored.locale,
      setLocaleChoice: (choice: LocaleChoice) => update({ ...stored, locale: choice }),
      entry: view.entry,
      navigate,
    }),
    [host, locale, stored, update, view.entry, navigate],
  );
  const t = ctx.t;
  const Active = panels.find((p) => p.id === selected)?.Component;

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.root} lang={locale}>
      <AppContext.Provider value={ctx}>
        <JobDockContext.Provider value={dock}>
          <header className={styles.header}>
            <img src={new URL('../../assets/icon-32.png', import.meta.url).href} alt="" className={styles.logo} />
            <Text as="h1" className={styles.title}>
              {t('app.title')}
            </Text>
            <Badge className={styles.badge} appearance="tint" color={host.kind === 'standalone' ? 'informative' : 'brand'}>
              {t(`host.${host.kind}`)}
            </Badge>
            <Button
              className={styles.settings}
              appearance={selected === SETTINGS ? 'secondary' : 'subtle'}
              icon={<Settings20Regular />}
              aria-label={t('tab.settings')}
              title={t('tab.settings')}
              aria-pressed={selected === SETTINGS}
              onClick={() => navigate(SETTINGS)}
            >
              <span className={styles.settingsLabel}>{t('tab.settings')}</span>
            </Button>
          </header>
          <NavBar panels={panels} selected={selected} onSelect={(id) => navigate(id)} />
          <main className={styles.main} ref={setMain}>
            <PanelBoundary key={selected}>
              <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
                {selected === HOME ? <HomeView panelIds={panels.map((p) => p.id)} /> : selected === SETTINGS ? <SettingsPanel /> : Active && <Active />}
              </Suspense>
            </PanelBoundary>
          </main>
          <div ref={setDock} className={styles.dock} />
        </JobDockContext.Provider>
      </AppContext.Provider>
    </FluentProvider>
  );
}

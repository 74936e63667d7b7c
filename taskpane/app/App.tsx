import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import {
  Badge,
  FluentProvider,
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  webDarkTheme,
  webLightTheme,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { resolveLocale, translate, type Locale, type MessageParams } from './messages';
import type { LlmSettings } from '../../src/llm/settings';
import type { HostInfo } from '../host/host-kind';
import { AppContext, type AppContextValue } from './AppContext';
import { useAppStyles } from './useAppStyles.styles';
import { panelsFor } from '../panels/registry';
import { PanelBoundary } from './PanelBoundary';
import { loadSettings, saveSettings, type LocaleChoice } from '../settings/settings-store';

const SETTINGS_TAB = 'settings';
// Settings pulls in zod and the LLM layer (Test connection): its own chunk, like every panel.
const SettingsPanel = lazy(() => import('../settings/SettingsPanel').then((m) => ({ default: m.SettingsPanel })));

export function App({ host }: { host: HostInfo }) {
  const styles = useAppStyles();
  const [stored, setStored] = useState(loadSettings);
  const locale: Locale = stored.locale === 'auto' ? resolveLocale(host.displayLanguage) : stored.locale;
  const panels = useMemo(() => panelsFor(host.kind), [host.kind]);
  const [tab, setTab] = useState<string>(() => sessionStorage.getItem('dsplus.tab') ?? panels[0].id);
  const selected = panels.some((p) => p.id === tab) || tab === SETTINGS_TAB ? tab : panels[0].id;

  const update = useCallback((next: typeof stored) => {
    setStored(next);
    saveSettings(next);
  }, []);

  const ctx = useMemo<AppContextValue>(
    () => ({
      host,
      locale,
      t: (key: string, params?: MessageParams) => translate(locale, key, params),
      llm: stored.llm,
      saveLlm: (llm: LlmSettings) => update({ ...stored, llm }),
    }),
    [host, locale, stored, update],
  );
  const t = ctx.t;
  const Active = panels.find((p) => p.id === selected)?.Component;

  const selectTab = (id: string) => {
    setTab(id);
    sessionStorage.setItem('dsplus.tab', id);
  };

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} className={styles.root} lang={locale}>
      <AppContext.Provider value={ctx}>
        <header className={styles.header}>
          <img src={new URL('../../assets/icon-32.png', import.meta.url).href} alt="" className={styles.logo} />
          <Text as="h1" className={styles.title}>
            {t('app.title')}
          </Text>
          <Badge className={styles.badge} appearance="tint" color={host.kind === 'standalone' ? 'informative' : 'brand'}>
            {t(`host.${host.kind}`)}
          </Badge>
          <Select
            className={styles.language}
            size="small"
            aria-label={t('app.language')}
            value={stored.locale}
            onChange={(_, d) => update({ ...stored, locale: d.value as LocaleChoice })}
          >
            <option value="auto">{t('app.language.auto')}</option>
            <option value="zh-CN">中文</option>
            <option value="en-US">English</option>
          </Select>
        </header>
        <nav className={styles.nav} aria-label={t('app.nav')}>
          <TabList size="small" selectedValue={selected} onTabSelect={(_, d) => selectTab(String(d.value))}>
            {panels.map((p) => (
              <Tab key={p.id} value={p.id}>
                {t(p.labelKey)}
              </Tab>
            ))}
            <Tab value={SETTINGS_TAB}>{t('tab.settings')}</Tab>
          </TabList>
        </nav>
        <main className={styles.main}>
          {host.kind === 'standalone' && (
            <MessageBar className={styles.notice} intent="info">
              <MessageBarBody>{t('app.mode.standalone')}</MessageBarBody>
            </MessageBar>
          )}
          <PanelBoundary key={selected}>
            <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>{selected === SETTINGS_TAB ? <SettingsPanel /> : Active && <Active />}</Suspense>
          </PanelBoundary>
        </main>
      </AppContext.Provider>
    </FluentProvider>
  );
}

import { Tab, TabList } from '@fluentui/react-components';
import { Home20Regular } from '@fluentui/react-icons';
import type { PanelDef } from '../panels/registry';
import { useApp } from './AppContext';
import { useNavStyles } from './useNavStyles.styles';

export const HOME = 'home';

/**
 * The pane's navigation: Home and one tab per panel, each an icon above a short label. The tabs share the
 * row and wrap onto a second row rather than scroll or clip when a language's labels do not fit (320 px).
 */
export function NavBar({ panels, selected, onSelect }: { panels: readonly PanelDef[]; selected: string; onSelect: (id: string) => void }) {
  const { t } = useApp();
  const s = useNavStyles();
  return (
    <nav className={s.nav} aria-label={t('app.nav')}>
      <TabList className={s.list} size="small" selectedValue={selected} onTabSelect={(_, d) => onSelect(String(d.value))}>
        <Tab className={s.tab} value={HOME} icon={<Home20Regular />}>
          {t('tab.home')}
        </Tab>
        {panels.map((p) => (
          <Tab key={p.id} className={s.tab} value={p.id} icon={<p.icon />}>
            {t(p.labelKey)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}

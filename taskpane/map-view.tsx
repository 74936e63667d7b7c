// The large view of a mind map (Office's dialog, or a new browser tab): the pane's map drawing, filling the
// window. Its map, language and theme come from the Mind map panel (panels/mindmap/map-handoff.ts).
import { FluentProvider, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { addBundles, translate, type Translate } from '../src/locales/catalog';
import { resolveLocale } from '../src/locales/types';
import common from '../src/locales/common';
import mindmap from '../src/locales/mindmap';
import { receiveFromOpener } from '../src/office/dialog';
import { MarkmapCanvas } from './panels/mindmap/MapView';
import { parseHandoff, readHandoff, type MapHandoff } from './panels/mindmap/map-handoff';

addBundles(common, mindmap);

const useStyles = makeStyles({
  root: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  main: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  empty: { padding: tokens.spacingHorizontalM },
});

/** Office.js arrives on its own time (async script); in a tab it may never arrive, and is not needed. */
function whenOfficeLoaded(then: () => void) {
  const script = document.getElementById('office-js');
  if (typeof Office !== 'undefined') return then();
  script?.addEventListener('load', then, { once: true });
}

function MapPage() {
  const s = useStyles();
  const [handoff, setHandoff] = useState<MapHandoff | null>(readHandoff);
  useEffect(() => {
    whenOfficeLoaded(() =>
      receiveFromOpener((json) => {
        const h = parseHandoff(json);
        if (h) setHandoff(h);
      }),
    );
  }, []);
  const locale = handoff?.locale ?? resolveLocale(navigator.language);
  const t: Translate = (key, params) => translate(locale, key, params);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = handoff ? `${handoff.title} — DeepSeek+` : 'DeepSeek+';
  }, [locale, handoff]);
  const dark = handoff?.dark ?? matchMedia('(prefers-color-scheme: dark)').matches;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={s.root} lang={locale}>
      <header className={s.header}>
        <Text as="h1" weight="semibold" size={400}>
          {handoff?.title ?? t('mindmap.view.title')}
        </Text>
      </header>
      <main className={s.main}>
        {handoff ? <MarkmapCanvas node={handoff.node} title={handoff.title} t={t} fill /> : <Text className={s.empty}>{t('mindmap.view.empty')}</Text>}
      </main>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<MapPage />);

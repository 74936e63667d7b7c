import { makeStyles, tokens } from '@fluentui/react-components';
import { BORDERED, HINT, PANEL_ROOT, ROW, SECTION } from '../../components/panel-styles';

export const useMindmapStyles = makeStyles({
  root: PANEL_ROOT,
  section: SECTION,
  row: ROW,
  // Side by side when the pane is wide (standalone tab), stacked in a narrow Office task pane. The column
  // never asks for more than the pane has: a 320 px minimum in a 320 px pane pushed the map off its right edge.
  workspace: { display: 'grid', alignItems: 'start', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))' },
  editor: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  mapBox: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    minHeight: '360px',
    ...BORDERED,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
  },
  mapSvg: {
    width: '100%',
    height: '380px',
    display: 'block',
    color: tokens.colorNeutralForeground1,
    // markmap-view sets its colours on `.markmap`; follow the Office theme (dark included) instead.
    '&.markmap': {
      '--markmap-text-color': tokens.colorNeutralForeground1,
      '--markmap-circle-open-bg': tokens.colorNeutralBackground1,
    },
  },
  // The large view: the map fills the window under its tools.
  mapBoxFill: { height: '100%', minHeight: 0, borderRadius: 0, border: 'none' },
  mapSvgFill: { height: 'auto', flexGrow: 1, minHeight: 0 },
  mapTools: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toolButton: { minWidth: 'auto' },
  hint: HINT,
  // Side by side when there is room (160 px each), one under the other otherwise; never wider than the row.
  grow: { flexGrow: 1, flexBasis: '160px', minWidth: 0, maxWidth: '100%', gridTemplateColumns: 'minmax(0, 1fr)' },
});

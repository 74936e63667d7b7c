import { makeStyles, tokens } from '@fluentui/react-components';
import { CARD, HINT, PANEL_ROOT, ROW } from '../../components/panel-styles';

export const useAgentStyles = makeStyles({
  root: { ...PANEL_ROOT, minWidth: 0 },
  row: ROW,
  // A switch beside a field: lined up with the field's box, not halfway up its label.
  fieldRow: { ...ROW, alignItems: 'flex-end' },
  hint: HINT,
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  change: {
    ...CARD,
    minWidth: 0,
  },
  summary: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // A diff table that fits 320 px: long cells wrap, formulas break anywhere.
  diff: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `2px ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
    verticalAlign: 'top',
    textAlign: 'left',
  },
  addr: { width: '3.5em', color: tokens.colorNeutralForeground3 },
  before: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  after: { color: tokens.colorPaletteGreenForeground1 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  activity: { display: 'flex', flexDirection: 'column', gap: '2px', margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  answer: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  grow: { flexGrow: 1, minWidth: '120px' },
  steps: { width: '7em' },
});

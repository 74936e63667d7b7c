import { makeStyles, tokens } from '@fluentui/react-components';
import { BORDERED, CARD, HINT, PANEL_ROOT, ROW, SECTION, SUB_TABS } from '../../components/panel-styles';

export const useSheetsStyles = makeStyles({
  tabs: SUB_TABS,
  root: PANEL_ROOT,
  section: SECTION,
  row: ROW,
  grow: { flexGrow: 1, minWidth: 0 },
  hint: HINT,
  scroll: {
    overflowX: 'auto',
    maxHeight: '420px',
    overflowY: 'auto',
    ...BORDERED,
  },
  cellWrap: { whiteSpace: 'normal', wordBreak: 'break-word', fontSize: tokens.fontSizeBase200 },
  nowrap: { whiteSpace: 'nowrap' },
  // Fluent's Table is fixed-layout at 100%; facts tables size to their content and scroll sideways.
  autoTable: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  step: {
    ...CARD,
  },
  stepOff: { opacity: 0.6 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  before: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  after: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  narrative: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& ul': { margin: 0, paddingLeft: tokens.spacingHorizontalL } },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  stepTitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Pushes a step's move and remove buttons to the end of its row without forcing a wrap at 320 px.
  spacer: { flexGrow: 1 },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // from → to rows: two inputs that share the width, an arrow between them and the remove button after.
  mapHead: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 16px minmax(0, 1fr) 32px', gap: tokens.spacingHorizontalXS },
  mapRow: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 16px minmax(0, 1fr) 32px', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  // A row's ✕ fits its 32 px column (a small Fluent button is 64 px wide at least, and stuck out of the card).
  mapRemove: { minWidth: '32px', maxWidth: '32px', paddingLeft: 0, paddingRight: 0 },
  // A step's first line: its on/off box, then move and remove at the end, never wrapped apart at 320 px.
  stepHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, '& > :first-child': { minWidth: 0 } },
  stepBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  stepSentence: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

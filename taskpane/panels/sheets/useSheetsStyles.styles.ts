import { makeStyles, tokens } from '@fluentui/react-components';

export const useSheetsStyles = makeStyles({
  tabs: { flexWrap: 'wrap' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  scroll: {
    overflowX: 'auto',
    maxHeight: '420px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  cellWrap: { whiteSpace: 'normal', wordBreak: 'break-word', fontSize: tokens.fontSizeBase200 },
  nowrap: { whiteSpace: 'nowrap' },
  // Fluent's Table is fixed-layout at 100%; facts tables size to their content and scroll sideways.
  autoTable: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
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
  stepSentence: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

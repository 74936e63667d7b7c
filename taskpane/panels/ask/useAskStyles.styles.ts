import { makeStyles, tokens } from '@fluentui/react-components';

export const useAskStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: 0 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  hint: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  turns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  question: {
    alignSelf: 'flex-end',
    maxWidth: '90%',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  answerCard: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  reasoning: {
    whiteSpace: 'pre-wrap',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    maxHeight: '240px',
    overflowY: 'auto',
  },
  markdown: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    '& pre': {
      backgroundColor: tokens.colorNeutralBackground3,
      padding: tokens.spacingHorizontalS,
      overflowX: 'auto',
      borderRadius: tokens.borderRadiusMedium,
    },
    '& code': { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
    // A wide table scrolls inside the answer instead of pushing the pane sideways.
    '& table': { borderCollapse: 'collapse', display: 'block', maxWidth: '100%', overflowX: 'auto' },
    // Without a floor, a 12-column table squeezes every cell to one character per line.
    '& th, & td': { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalXS, minWidth: '4em' },
    '& p': { marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalXS },
    '& a': { color: tokens.colorBrandForegroundLink },
  },
  usage: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  composer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  library: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  templateList: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

import { makeStyles, tokens } from '@fluentui/react-components';
import { BORDERED, CARD, HINT, PANEL_ROOT, ROW, SECTION, SUB_TABS } from '../../components/panel-styles';

export const useWritingStyles = makeStyles({
  // The four tools fit one row at 320 px, and wrap rather than run off the pane ("Rewrite" was cut).
  tabs: SUB_TABS,
  root: PANEL_ROOT,
  section: SECTION,
  row: ROW,
  grow: { flexGrow: 1 },
  hint: HINT,
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  preview: {
    ...BORDERED,
    padding: tokens.spacingHorizontalM,
    // The preview grows with its text and scrolls with the pane, not inside a box of its own.
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
    '& pre': { overflowX: 'auto', whiteSpace: 'pre-wrap' },
    // A wide table (minutes' action items: task, owner, due) scrolls sideways on its own at 320 px instead of
    // squeezing its columns letter by letter.
    '& table': { display: 'block', maxWidth: '100%', overflowX: 'auto', borderCollapse: 'collapse' },
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: tokens.spacingHorizontalXS,
      textAlign: 'left',
      overflowWrap: 'normal',
      minWidth: '5em',
    },
    '& th': { whiteSpace: 'nowrap' },
    // A first column of numbers (the action items' #) takes only what it needs: at 5em it left "Send the
    // budget note" three lines tall beside an empty column at 320 px.
    '& td:first-child, & th:first-child': { minWidth: 'auto' },
    '& h1': { fontSize: tokens.fontSizeBase500, margin: `${tokens.spacingVerticalS} 0` },
    '& h2': { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0` },
    '& h3': { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalXS} 0` },
  },
  card: {
    ...CARD,
    // A suggestion about a URL or a long code is one unbroken string.
    overflowWrap: 'anywhere',
  },
  cardDone: { backgroundColor: tokens.colorNeutralBackground3 },
  original: { textDecorationLine: 'line-through', color: tokens.colorPaletteRedForeground1 },
  replacement: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
});

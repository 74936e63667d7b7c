import { makeStyles, tokens } from '@fluentui/react-components';
import { BORDERED, CARD, HINT, ROW, SECTION } from '../../../components/panel-styles';

// The forms a model's record is edited in: groups with a visible legend, cards for the items of a list,
// tags for names; everything in one column that fits 320 px (no table that would run off the pane).
export const useRecordFormStyles = makeStyles({
  form: SECTION,
  // A box takes its column's width and shrinks with it (Fluent's inputs are 20 characters wide by default).
  fill: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box', '& input': { minWidth: 0 } },
  section: SECTION,
  row: ROW,
  grow: { flexGrow: 1, minWidth: 0 },
  hint: HINT,
  group: {
    ...SECTION,
    ...BORDERED,
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
  },
  // A list inside a card (a topic's points): no second frame.
  plain: { ...SECTION, border: 'none', margin: 0, minWidth: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  // One entry of a list: its text box takes the width, the remove button stays beside it.
  item: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalXS, alignItems: 'start' },
  card: { ...CARD, minWidth: 0 },
  cardHead: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalXS, alignItems: 'end' },
  // Owner and due date share a line on a card.
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS, alignItems: 'start' },
  // A field on a card's own line below the pair (the status: "In progress" does not fit half a 320 px card).
  wide: { gridColumn: '1 / -1', minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

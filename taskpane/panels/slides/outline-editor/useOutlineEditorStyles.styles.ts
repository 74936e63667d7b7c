import { makeStyles, tokens } from '@fluentui/react-components';
import { CARD, HINT, ROW, SECTION } from '../../../components/panel-styles';

// The list-of-slides editor: one column of cards that fits 320 px; a slide under a section sits a step in,
// a bullet a step further per level; every box shrinks with its column (Fluent's inputs are 20 characters
// wide by default), the small icon buttons stay beside it.
export const useOutlineEditorStyles = makeStyles({
  root: SECTION,
  hint: HINT,
  row: ROW,
  fill: { width: '100%', minWidth: 0, maxWidth: '100%', boxSizing: 'border-box', '& input': { minWidth: 0 } },
  // A bullet's box starts one line high (Fluent's small textarea is 40 px at least) and grows with its text.
  lines: { minHeight: 0, maxHeight: 'none', overflowY: 'hidden', overflowWrap: 'anywhere' },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  card: { ...CARD, minWidth: 0 },
  section: { backgroundColor: tokens.colorNeutralBackground2 },
  // Depth 2 and deeper: a step in, with a rule on the left that says "under the section above".
  nested: { marginLeft: tokens.spacingHorizontalM },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, minWidth: 0 },
  kind: { flexGrow: 1, minWidth: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  bullets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, listStyleType: 'none', margin: 0, padding: 0 },
  bullet: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto auto auto', gap: tokens.spacingHorizontalXXS, alignItems: 'start' },
  kept: { ...HINT, overflowWrap: 'anywhere' },
});

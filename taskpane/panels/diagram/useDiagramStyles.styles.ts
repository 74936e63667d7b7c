import { makeStyles, tokens } from '@fluentui/react-components';
import { BORDERED, HINT, PANEL_ROOT, ROW, SECTION } from '../../components/panel-styles';

export const useDiagramStyles = makeStyles({
  root: { ...PANEL_ROOT, minWidth: 0 },
  section: SECTION,
  row: ROW,
  // A field and a switch side by side: the switch lines up with the field's box, not with its label above.
  fieldRow: { ...ROW, alignItems: 'flex-end' },
  // Side by side in a wide standalone tab, stacked in a 320 px task pane.
  workspace: { display: 'grid', alignItems: 'start', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))' },
  editor: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  preview: {
    minHeight: '160px',
    maxHeight: '480px',
    overflow: 'auto',
    ...BORDERED,
    // The diagram is drawn on white in every format; the preview shows it the same way, dark theme or not.
    backgroundColor: '#FFFFFF',
    // Natural size, shrunk to the pane when wider: a three-box diagram is not blown up to fill it.
    '& svg': { display: 'block', maxWidth: '100%', height: 'auto', margin: '0 auto' },
  },
  hint: HINT,
  grow: { flexGrow: 1, minWidth: '140px' },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useDiagramStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // Side by side in a wide standalone tab, stacked in a 320 px task pane.
  workspace: { display: 'grid', alignItems: 'start', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))' },
  editor: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  preview: {
    minHeight: '160px',
    maxHeight: '480px',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // The diagram is drawn on white in every format; the preview shows it the same way, dark theme or not.
    backgroundColor: '#FFFFFF',
    // Natural size, shrunk to the pane when wider: a three-box diagram is not blown up to fill it.
    '& svg': { display: 'block', maxWidth: '100%', height: 'auto', margin: '0 auto' },
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  grow: { flexGrow: 1, minWidth: '140px' },
});

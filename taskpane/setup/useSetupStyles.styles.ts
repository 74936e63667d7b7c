import { makeStyles, tokens } from '@fluentui/react-components';

export const useSetupStyles = makeStyles({
  // Addresses and model ids are long unbroken words in a 320 px pane.
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere', flexShrink: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  inlineButton: { marginTop: tokens.spacingVerticalXS },
  // A command to copy: wrapped inside the pane rather than scrolling it sideways.
  command: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    userSelect: 'all',
  },
});

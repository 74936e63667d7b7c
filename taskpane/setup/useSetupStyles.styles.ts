import { makeStyles, tokens } from '@fluentui/react-components';

export const useSetupStyles = makeStyles({
  // Addresses and model ids are long unbroken words in a 320 px pane.
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere', flexShrink: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  inlineButton: { marginTop: tokens.spacingVerticalXS },
});

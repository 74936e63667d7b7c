import { tokens, type GriffelStyle } from '@fluentui/react-components';

// The layout pieces every panel's styles are made of, spread into its own makeStyles: a column of
// sections, rows that wrap at 320 px, small grey hints, and the bordered card a list item sits in.

export const PANEL_ROOT: GriffelStyle = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS };
export const SECTION: GriffelStyle = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS };
export const ROW: GriffelStyle = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS };
export const HINT: GriffelStyle = { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 };
export const BORDERED: GriffelStyle = {
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
};
export const CARD: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  padding: tokens.spacingHorizontalS,
  ...BORDERED,
};

import { tokens, type GriffelStyle } from '@fluentui/react-components';

// The layout pieces every panel's styles are made of, spread into its own makeStyles: a column of
// sections, rows that wrap at 320 px, small grey hints, and the bordered card a list item sits in.

export const PANEL_ROOT: GriffelStyle = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS };
export const SECTION: GriffelStyle = { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS };
export const ROW: GriffelStyle = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS };
// A panel's own tools (Writing's four, Data's four) on one row at 320 px in both languages: Fluent's small
// tab pads each side by 6 px, and "Minutes Draft Proofread Rewrite" then left "Rewrite" alone on a second
// row. Still wraps rather than running off the pane if the text is larger.
export const SUB_TABS: GriffelStyle = {
  flexWrap: 'wrap',
  '& .fui-Tab': { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
};
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

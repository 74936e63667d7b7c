import { makeStyles, tokens } from '@fluentui/react-components';

export const useSlideStripStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The chosen slide stays at the top of the pane while the strip below it scrolls. Chromium keeps a sticky box
  // inside the scroller's padding: the negative offset (main's padding) closes the gap the strip showed through.
  large: {
    position: 'sticky',
    top: `calc(-1 * ${tokens.spacingHorizontalM})`,
    zIndex: 1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  strip: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // A thumbnail and, beside it, the slide's number and title (the button).
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(96px, 45%) 1fr',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  chosen: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  picture: { cursor: 'pointer', minWidth: 0 },
  title: {
    alignSelf: 'stretch',
    padding: tokens.spacingHorizontalXS,
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'left',
    cursor: 'pointer',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

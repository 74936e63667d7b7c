import { makeStyles, tokens } from '@fluentui/react-components';

export const useNavStyles = makeStyles({
  nav: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    flexShrink: 0,
  },
  // Tabs share the width; a label that does not fit moves its tab to a second row, never off-screen.
  list: { flexWrap: 'wrap', justifyContent: 'space-around', columnGap: 0 },
  tab: {
    // Fluent's Tab is a grid flowing in columns (icon beside label): flow in rows, icon above label.
    gridAutoFlow: 'row',
    gridTemplateColumns: 'auto',
    gridTemplateRows: 'auto',
    justifyItems: 'center',
    rowGap: '2px',
    columnGap: 0,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    // The label and the hidden bold copy that reserves its width share the cell under the icon.
    '& > :not(.fui-Tab__icon)': {
      gridColumnStart: 1,
      gridRowStart: 2,
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
      padding: 0,
      whiteSpace: 'nowrap',
    },
    // The selected tab shows by its colour and underline, not bold: then no hidden bold copy has to
    // reserve a wider cell, and seven tabs fit one row at 320 px in either language.
    '& .fui-Tab__content': { fontWeight: tokens.fontWeightRegular },
    '& .fui-Tab__content--reserved-space': { display: 'none' },
  },
});

import { makeStyles, tokens } from '@fluentui/react-components';

export const useHomeStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // One column in a task pane (two from about 500 px). Every row is a whole button: one click starts the job.
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', minWidth: 0 },
  job: {
    flexGrow: 1,
    minWidth: 0,
    maxWidth: 'none',
    justifyContent: 'flex-start',
    textAlign: 'start',
    '& .fui-CompoundButton__icon': { marginRight: tokens.spacingHorizontalM },
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    '& .fui-CompoundButton__secondaryContent': { whiteSpace: 'normal', lineHeight: tokens.lineHeightBase200 },
    '& .fui-CompoundButton__contentContainer': { minWidth: 0 },
  },
  notice: { flexShrink: 0 },
});

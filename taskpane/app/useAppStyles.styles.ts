import { makeStyles, tokens } from '@fluentui/react-components';

export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: '300px',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Below 360 px the logo makes room for the full title.
  logo: { width: '24px', height: '24px', flexShrink: 0, '@media (max-width: 359px)': { display: 'none' } },
  title: {
    flexGrow: 1,
    minWidth: 'max-content',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  // At 320 px the badge was squeezed into two clipped lines ("浏览 / 器"): it keeps its width, the title gives way.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  settings: { flexShrink: 0, minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  // Below 360 px the Settings button is its icon (its name stays, as aria-label): the title is never cut.
  settingsLabel: { '@media (max-width: 359px)': { display: 'none' } },
  main: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  // The running job's progress and Stop (components/JobProgress): outside the scroll, so never scrolled away.
  dock: { flexShrink: 0, ':empty': { display: 'none' } },
  // A long panel would otherwise squeeze the standalone notice to one line, its text spilling out of the bar.
  notice: { flexShrink: 0 },
});

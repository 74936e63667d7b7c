import { makeStyles, tokens } from '@fluentui/react-components';
import { HINT, SECTION } from '../components/panel-styles';

export const useDocumentsStyles = makeStyles({
  section: SECTION,
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '10em' },
  hint: HINT,
  sources: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: 0, listStyleType: 'none' },
  source: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  sourceMeta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  snippet: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, paddingLeft: tokens.spacingHorizontalXXL },
  link: { color: tokens.colorBrandForegroundLink, overflowWrap: 'anywhere' },
});

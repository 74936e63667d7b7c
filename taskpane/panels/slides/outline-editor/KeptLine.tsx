import { Text } from '@fluentui/react-components';
import { useApp } from '../../../app/AppContext';
import type { KeptKind } from '../../../../src/outline';
import { useOutlineEditorStyles } from './useOutlineEditorStyles.styles';

/** "+ 1 table, 1 picture, speaker notes": what a card holds besides its title and bullets, kept as written. */
export function KeptLine({ kept }: { kept: ReadonlyArray<{ kind: KeptKind; n: number }> }) {
  const { t, locale } = useApp();
  const s = useOutlineEditorStyles();
  if (!kept.length) return null;
  const list = kept.map(({ kind, n }) => t(`outlineEditor.kept.${kind}`, { n })).join(locale === 'zh-CN' ? '、' : ', ');
  return <Text className={s.kept}>{t('outlineEditor.kept', { list })}</Text>;
}

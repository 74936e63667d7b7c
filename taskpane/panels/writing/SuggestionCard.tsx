import { Badge, Button, Text } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';
import type { ProofEdit } from '../../../src/writing/proofread-types';
import { useWritingStyles } from './useWritingStyles.styles';

export type SuggestionStatus = 'pending' | 'applied' | 'ignored' | 'stale';

/** One suggestion: original struck through → replacement, the reason, and Apply / Ignore. */
export function SuggestionCard({
  edit,
  status,
  onApply,
  onIgnore,
  busy,
}: {
  edit: ProofEdit;
  status: SuggestionStatus;
  onApply: () => void;
  onIgnore: () => void;
  busy?: boolean;
}) {
  const { t } = useApp();
  const s = useWritingStyles();
  const label = `${edit.original} → ${edit.replacement}`;
  return (
    <li className={mergeClasses(s.card, status !== 'pending' && s.cardDone)} aria-label={label}>
      <div className={s.row}>
        <Badge appearance="tint" color={edit.category === 'typo' || edit.category === 'grammar' ? 'danger' : 'informative'}>
          {t(`word.proof.category.${edit.category}`)}
        </Badge>
        {status !== 'pending' && (
          <Badge appearance="outline" color={status === 'stale' ? 'warning' : status === 'applied' ? 'success' : 'subtle'}>
            {t(`word.proof.status.${status}`)}
          </Badge>
        )}
      </div>
      <Text>
        <span className={s.original}>{edit.original}</span> → <span className={s.replacement}>{edit.replacement || '∅'}</span>
      </Text>
      {edit.reason && <Text className={s.hint}>{edit.reason}</Text>}
      {status === 'pending' && (
        <div className={s.row}>
          <Button size="small" appearance="primary" disabled={busy} onClick={onApply} aria-label={`${t('word.proof.apply')}: ${label}`}>
            {t('word.proof.apply')}
          </Button>
          <Button size="small" disabled={busy} onClick={onIgnore} aria-label={`${t('word.proof.ignore')}: ${label}`}>
            {t('word.proof.ignore')}
          </Button>
        </div>
      )}
    </li>
  );
}

import { Badge, Button, Field, Input, Text, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import type { ProofEdit } from '../../../src/writing/proofread-types';
import type { Review } from '../../../src/writing/proofread-review';
import { useWritingStyles } from './useWritingStyles.styles';

/** What happened to a suggestion in Word: written into the document, or its text changed since the check. */
export type SuggestionOutcome = 'applied' | 'stale';

/**
 * One suggestion: original struck through → replacement (the user's wording once edited), the reason, an
 * optional location (a table cell, say), and Accept / Reject / Edit; a decided one can be undone until it
 * is applied.
 */
export function SuggestionCard({
  edit,
  review,
  outcome,
  location,
  onReview,
  busy,
}: {
  edit: ProofEdit;
  review: Review | undefined;
  outcome: SuggestionOutcome | undefined;
  /** Where the suggestion is, when the document says more than its text (e.g. "表 2，第 3 行，第 1 列"). */
  location?: string;
  onReview: (next: Review) => void;
  busy?: boolean;
}) {
  const { t } = useApp();
  const s = useWritingStyles();
  const [draft, setDraft] = useState<string | null>(null);
  const verdict = review?.verdict ?? 'pending';
  const replacement = review?.replacement ?? edit.replacement;
  const edited = review?.replacement !== undefined && review.replacement !== edit.replacement;
  const label = `${edit.original} → ${replacement}`;
  const done = outcome !== undefined || verdict !== 'pending';
  const badge = outcome
    ? { text: t(`word.proof.status.${outcome}`), color: outcome === 'stale' ? ('warning' as const) : ('success' as const) }
    : verdict === 'accepted'
      ? { text: t(edited ? 'recordForm.proof.acceptedEdited' : 'recordForm.proof.accepted'), color: 'success' as const }
      : verdict === 'rejected'
        ? { text: t('recordForm.proof.rejected'), color: 'informative' as const }
        : null;
  const unchanged = draft !== null && draft === edit.original;
  return (
    <li className={mergeClasses(s.card, done && s.cardDone)} aria-label={label}>
      <div className={s.row}>
        <Badge appearance="tint" color={edit.category === 'typo' || edit.category === 'grammar' ? 'danger' : 'informative'}>
          {t(`word.proof.category.${edit.category}`)}
        </Badge>
        {location && <Text className={s.hint}>{location}</Text>}
        {badge && (
          <Badge appearance="outline" color={badge.color}>
            {badge.text}
          </Badge>
        )}
      </div>
      <Text>
        <span className={s.original}>{edit.original}</span> → <span className={s.replacement}>{replacement || '∅'}</span>
      </Text>
      {(edit.why || edit.reason) && <Text className={s.hint}>{edit.why ? t(edit.why.key, edit.why.params) : edit.reason}</Text>}
      {draft !== null ? (
        <form
          className={s.section}
          onSubmit={(e) => {
            e.preventDefault();
            if (unchanged) return;
            onReview({ verdict: 'accepted', replacement: draft });
            setDraft(null);
          }}
        >
          <Field
            label={t('recordForm.proof.editLabel', { original: edit.original })}
            validationState={unchanged ? 'error' : 'none'}
            validationMessage={unchanged ? t('recordForm.proof.unchanged') : undefined}
          >
            <Input
              value={draft}
              autoFocus
              onChange={(_e, d) => setDraft(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setDraft(null);
              }}
            />
          </Field>
          <div className={s.row}>
            <Button size="small" appearance="primary" type="submit" disabled={unchanged}>
              {t('recordForm.proof.keep')}
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              {t('action.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        !outcome && (
          <div className={s.row}>
            {verdict === 'pending' ? (
              <>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy}
                  onClick={() => onReview({ ...review, verdict: 'accepted' })}
                  aria-label={`${t('recordForm.proof.accept')}: ${label}`}
                >
                  {t('recordForm.proof.accept')}
                </Button>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => onReview({ ...review, verdict: 'rejected' })}
                  aria-label={`${t('recordForm.proof.reject')}: ${label}`}
                >
                  {t('recordForm.proof.reject')}
                </Button>
              </>
            ) : (
              <Button
                size="small"
                disabled={busy}
                onClick={() => onReview({ ...review, verdict: 'pending' })}
                aria-label={`${t('recordForm.proof.reopen')}: ${label}`}
              >
                {t('recordForm.proof.reopen')}
              </Button>
            )}
            <Button
              size="small"
              appearance="subtle"
              disabled={busy}
              onClick={() => setDraft(replacement)}
              aria-label={`${t('recordForm.proof.edit')}: ${label}`}
            >
              {t('recordForm.proof.edit')}
            </Button>
          </div>
        )
      )}
    </li>
  );
}

import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { JobProgress } from '../../components/JobProgress';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar, WarningsBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import { applySuggestions, checkDocument } from '../../../src/writing/workflow';
import type { ProofEdit } from '../../../src/writing/proofread-types';
import { SourcePicker } from './SourcePicker';
import { SuggestionCard, type SuggestionOutcome } from './SuggestionCard';
import { acceptedEdits, decideAll, reviewCounts, type Review, type Reviews } from '../../../src/writing/proofread-review';
import { applyInWord, locateInWord, sourceDocument } from './word-host';
import type { SourceState } from './WritingPanel.types';
import { useWritingStyles } from './useWritingStyles.styles';
import { message, type Message } from '../../../src/messages';

interface Checked {
  edits: ProofEdit[];
  text: string;
  /** The pasted/opened Markdown the edits belong to (standalone). */
  markdown: string;
  /** The opened .docx, corrected in place on download. */
  docx: Uint8Array | null;
  fileName: string | null;
  unmatched: number;
  warnings: Message[];
}

/** The corrected file keeps the opened file's name and type (.md or .txt); pasted text becomes proofread.md. */
function correctedName(fileName: string | null): string {
  const m = fileName ? /^(.*?)(\.(md|markdown|txt))?$/i.exec(fileName) : null;
  return m ? `${m[1]}-corrected${m[2] ?? '.md'}` : 'proofread.md';
}

/**
 * Suggestions reviewed one by one — Accept / Reject / Edit the wording, Accept all / Reject all — then only the
 * accepted ones applied: tracked changes in Word, a tracked .docx or the corrected text outside
 * (src/writing/workflow.ts, as `dsplus proofread`).
 */
export function ProofreadTab({ source, onSource }: { source: SourceState; onSource: (s: SourceState) => void }) {
  const { host, t, locale, llm } = useApp();
  const s = useWritingStyles();
  const inWord = host.kind === 'word';
  const [reviews, setReviews] = useState<Reviews>({});
  const [outcome, setOutcome] = useState<Record<string, SuggestionOutcome>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const check = useTask(async (signal, useModel: boolean): Promise<Checked> => {
    setNotice(null);
    setReviews({});
    setOutcome({});
    setProgress(null);
    const doc = await sourceDocument(inWord, source);
    const res = await checkDocument(useModel ? llm : null, doc.text, {
      locale,
      places: doc.places,
      signal,
      onProgress: (done, total) => setProgress(total > 1 ? { done, total } : null),
    });
    if (inWord && res.edits.length) {
      const found = await locateInWord(res.edits);
      setOutcome(Object.fromEntries(res.edits.filter((e) => found[e.id] === 'stale').map((e) => [e.id, 'stale' as const])));
    }
    return {
      edits: res.edits,
      text: doc.text,
      markdown: source.text,
      docx: doc.docx,
      fileName: source.fileName,
      unmatched: res.unmatched.length,
      warnings: res.warnings,
    };
  });
  const result = check.status === 'done' ? check.result : null;

  // In Word: the accepted suggestions not yet written, as tracked changes (or directly, with a notice).
  const apply = useTask(async (_signal, edits: ProofEdit[]) => {
    const report = await applyInWord(edits, host.isSetSupported);
    setOutcome((prev) => ({ ...prev, ...report.results }));
    const stale = Object.values(report.results).filter((r) => r === 'stale').length;
    setNotice(
      [t(report.mode === 'tracked' ? 'word.proof.tracked' : 'word.proof.direct'), stale ? t('word.proof.staleCount', { n: stale }) : '']
        .filter(Boolean)
        .join(' '),
    );
  });

  const open = (id: string) => outcome[id] === undefined;
  const accepted = result ? acceptedEdits(result.edits, reviews) : [];
  const toApply = accepted.filter((e) => open(e.id));
  const counts = result ? reviewCounts(result.edits, reviews) : null;
  const decide = (verdict: 'accepted' | 'rejected') => result && setReviews(decideAll(result.edits, reviews, verdict, open));
  const review = (id: string, next: Review) => setReviews((prev) => ({ ...prev, [id]: next }));

  const downloadTracked = async () => {
    if (!result) return;
    // An opened .docx gets its corrections in place (its own styles and layout stay); pasted text is rebuilt.
    const out = await applySuggestions(result, accepted, 'docx');
    const name = result.fileName ? result.fileName.replace(/\.[^.]+$/, '') + '-reviewed.docx' : 'proofread.docx';
    downloadBlob(out.bytes, name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  };

  return (
    <div className={s.section}>
      <SourcePicker id="word-proof-source" source={source} onChange={onSource} />
      <div className={s.row}>
        <Button appearance="primary" disabled={check.running || !isConfigured(llm)} onClick={() => void check.run(true)}>
          {t('word.proof.check')}
        </Button>
        <Button disabled={check.running} onClick={() => void check.run(false)}>
          {t('word.proof.checkLocal')}
        </Button>
      </div>
      <JobProgress
        running={check.running}
        label={progress ? t('word.proof.progress', progress) : t('status.working')}
        step={progress}
        onStop={check.cancel}
        stopLabel={t('action.cancel')}
      />
      {check.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={check.error ?? apply.error} />
      {result && (
        <section className={s.section} aria-label={t('word.proof.list')}>
          <WarningsBar warnings={[...result.warnings, ...(result.unmatched ? [message('word.proof.unmatched', { n: result.unmatched })] : [])]} />
          <div className={s.row}>
            <Text weight="semibold" role="status">
              {result.edits.length ? t('word.proof.count', { n: result.edits.length }) : t('word.proof.none')}
            </Text>
            {counts && result.edits.length > 0 && <Text className={s.hint}>{t('recordForm.proof.counts', counts)}</Text>}
          </div>
          {result.edits.length > 0 && <Text className={s.hint}>{t('recordForm.proof.howTo')}</Text>}
          {counts && counts.pending > 1 && (
            <div className={s.row}>
              <Button disabled={apply.running} onClick={() => decide('accepted')}>
                {t('recordForm.proof.acceptAll')}
              </Button>
              <Button disabled={apply.running} onClick={() => decide('rejected')}>
                {t('recordForm.proof.rejectAll')}
              </Button>
            </div>
          )}
          <ul className={s.list}>
            {result.edits.map((e) => (
              <SuggestionCard
                key={e.id}
                edit={e}
                location={e.where && t(e.where.key, e.where.params)}
                review={reviews[e.id]}
                outcome={outcome[e.id]}
                busy={apply.running}
                onReview={(next) => review(e.id, next)}
              />
            ))}
          </ul>
          {inWord && toApply.length > 0 && (
            <div className={s.row}>
              <Button appearance="primary" disabled={apply.running} onClick={() => void apply.run(toApply)}>
                {t('recordForm.proof.applyAccepted', { n: toApply.length })}
              </Button>
            </div>
          )}
          {!inWord && accepted.length > 0 && (
            <div className={s.row}>
              <Button onClick={() => void downloadTracked()}>{t('word.proof.downloadTracked')}</Button>
              {/* Pasted or opened Markdown/text comes back as itself, corrected: headings, lists, tables and
                  links stay. An opened .docx keeps its structure only as a .docx (the button above). */}
              {!result.docx && (
                <Button
                  onClick={() =>
                    void applySuggestions(result, accepted, 'text').then((r) =>
                      downloadBlob(r.bytes, correctedName(result.fileName), 'text/markdown;charset=utf-8'),
                    )
                  }
                >
                  {t('word.proof.downloadCorrected')}
                </Button>
              )}
            </div>
          )}
        </section>
      )}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

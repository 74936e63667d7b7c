import { Button, ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { createPortal } from 'react-dom';
import { useT } from '../hooks/useT';
import { useJobDock } from './job-dock';

export interface JobProgressProps {
  running: boolean;
  /** What is happening now, in words ("正在整理第 3/8 部分…"). */
  label: string;
  /** Tokens received so far (estimated from the streamed text); shown when above 0. */
  tokens?: number;
  /** Parts done out of a total, for the bar under the words. */
  step?: { done: number; total: number } | null;
  onStop: () => void;
  /** The Stop button's name; "Stop" by default. */
  stopLabel?: string;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  words: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  tokens: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  stop: { flexShrink: 0 },
});

/**
 * One progress bar for every long job: a spinner, what is happening in words, the tokens so far, and Stop.
 * Inside the app it is drawn in the dock under the scrolling area, so Stop is always visible while the job
 * runs; elsewhere (a test harness, a dialog) where it stands.
 */
export function JobProgress({ running, label, tokens: n, step, onStop, stopLabel }: JobProgressProps) {
  const t = useT();
  const s = useStyles();
  const dock = useJobDock();
  if (!running) return null;
  const bar = (
    <div className={s.bar} role="region" aria-label={t('progress.region')} data-testid="job-progress">
      <div className={s.row}>
        <Spinner size="tiny" aria-hidden />
        <div className={s.words} role="status" aria-live="polite">
          <Text>{label}</Text>
          {n ? <Text className={s.tokens}>{t('progress.tokens', { n: n.toLocaleString() })}</Text> : null}
        </div>
        <Button className={s.stop} appearance="secondary" onClick={onStop}>
          {stopLabel ?? t('action.stop')}
        </Button>
      </div>
      {step && step.total > 1 && <ProgressBar aria-label={label} value={Math.min(step.done, step.total)} max={step.total} thickness="medium" />}
    </div>
  );
  return dock ? createPortal(bar, dock) : bar;
}

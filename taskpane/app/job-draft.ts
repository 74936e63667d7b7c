// What the user typed and chose in a job, kept across the one reload a newly saved provider address needs
// (the pane's connect-src names only the saved provider, and a policy cannot be widened without a reload).
// Kept in sessionStorage for this pane only, keyed by the job (panel and part), put back into the same
// controls once the panel is drawn again, and removed as soon as it has been used. Passwords never.
import { draftControls, type DraftControl } from './draft-controls';

const KEY = 'dsplus.jobDraft';
const VIEW_KEY = 'dsplus.tab';
const ENTRY_KEY = 'dsplus.entry';
/** The pause after putting one control back, for the panel to draw its new state. */
const STEP_MS = 15;
/** A draft older than this is not put back (the reload it was kept for has long happened). */
const MAX_AGE_MS = 120_000;

/** One kept control: its stable key (see draft-controls.ts) and its text, on/off state or chosen value. */
export interface DraftField {
  key: string;
  value: string | boolean;
}

export interface JobDraft {
  view: string;
  entry?: string;
  fields: DraftField[];
  /** When it was kept (ms since 1970): a draft is for the reload that follows, not for later. */
  at?: number;
}

/** The open view and the part of it a job asked for, as App remembers them for a reload. */
export function currentJob(): { view: string; entry?: string } {
  try {
    return { view: sessionStorage.getItem(VIEW_KEY) ?? 'home', entry: sessionStorage.getItem(ENTRY_KEY) ?? undefined };
  } catch {
    return { view: 'home' };
  }
}

/** App remembers the open view (and the job's part of it) for this pane, so a reload comes back to it. */
export function rememberView(view: string, entry?: string): void {
  try {
    sessionStorage.setItem(VIEW_KEY, view);
    if (entry) sessionStorage.setItem(ENTRY_KEY, entry);
    else sessionStorage.removeItem(ENTRY_KEY);
  } catch {
    /* storage blocked: a reload opens the home view */
  }
}

/**
 * Keeps the open job's text, switches, checkboxes, radio choices and dropdowns (nothing when the user has
 * typed or changed nothing). Disabled and read-only controls are not the user's and are not kept.
 */
export function keepJobDraft(root: ParentNode = document): void {
  const { view, entry } = currentJob();
  const kept = draftControls(root).filter((c) => !c.disabled && c.value !== undefined);
  if (!kept.some((c) => c.changed)) return;
  const fields = kept.map((c) => ({ key: c.key, value: c.value! }));
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ view, entry, fields, at: Date.now() } satisfies JobDraft));
  } catch {
    /* storage blocked: the reload loses the draft, as it did before */
  }
}

/** The kept draft for this view, if any (without removing it). */
export function peekJobDraft(): JobDraft | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as JobDraft) : null;
  } catch {
    return null;
  }
}

/**
 * Puts a kept draft back into the controls of `view` once they are drawn (panels load lazily, and some
 * controls appear only after another is set, e.g. a topic field after its source), then forgets it.
 * Returns a function that stops waiting and leaves the draft for the next call (the pane may redraw its
 * main area while a draft is being put back; drafts older than MAX_AGE_MS are dropped). Text fields already holding text are left as
 * they are; a control that is disabled now (deep thinking with no deep model) keeps what the pane says.
 */
export function restoreJobDraft(view: string, root: HTMLElement, timeoutMs = 10_000): () => void {
  const draft = peekJobDraft();
  if (!draft || draft.view !== view || !Array.isArray(draft.fields)) return () => undefined;
  if (draft.at !== undefined && !(Date.now() - draft.at <= MAX_AGE_MS)) {
    forget();
    return () => undefined;
  }
  const pending = new Map(draft.fields.filter((f) => typeof f?.key === 'string').map((f) => [f.key, f.value]));
  // One control at a time, with a pause after each for the panel to draw it: a panel's handlers build
  // the next state from the one last drawn, so two changes in one go would keep only the last. Looking
  // again after each also finds what a change redrew (a template's fields).
  let step: ReturnType<typeof setTimeout> | undefined;
  const fill = () => {
    if (step !== undefined) return;
    const c = draftControls(root).find((x) => pending.has(x.key));
    if (!c) {
      if (!pending.size) stop();
      return;
    }
    const value = pending.get(c.key)!;
    pending.delete(c.key);
    if (!c.disabled) c.restore(value);
    step = setTimeout(() => {
      step = undefined;
      fill();
    }, STEP_MS);
  };
  const observer = new MutationObserver(fill);
  const timer = setTimeout(() => stop(), timeoutMs);
  function halt() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(step);
  }
  let finished = false;
  function stop() {
    finished = true;
    halt();
    forget();
  }
  observer.observe(root, { childList: true, subtree: true });
  fill();
  // Stopped from outside (the pane redrew its main area, which may have drawn the panel afresh): the draft
  // stays whole for the next call, which skips what is already in place.
  return () => {
    if (!finished) halt();
  };
}

function forget(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
}

export type { DraftControl };

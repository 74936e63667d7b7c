// What the user typed in a job, kept across the one reload a newly saved provider address needs (the
// pane's connect-src names only the saved provider, and a policy cannot be widened without a reload).
// Kept in sessionStorage for this pane only, keyed by the job (panel and part), put back into the same
// fields once the panel is drawn again, and removed as soon as it has been used.

const KEY = 'dsplus.jobDraft';
const VIEW_KEY = 'dsplus.tab';
const ENTRY_KEY = 'dsplus.entry';
/** Fields a job's text lives in; the setup card's own fields (a key, an address) are not kept. */
const FIELDS = 'textarea, input:not([type]), input[type="text"], input[type="search"]';

export interface JobDraft {
  view: string;
  entry?: string;
  fields: { label: string; value: string }[];
}

/** A field's name as the user sees it (its label), which survives the reload where generated ids may not. */
function labelOf(el: HTMLInputElement | HTMLTextAreaElement): string {
  return el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('placeholder') ?? el.name;
}

function fieldsIn(root: ParentNode): (HTMLInputElement | HTMLTextAreaElement)[] {
  return [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(FIELDS)].filter((el) => !el.closest('[data-setup-card]'));
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

/** Keeps the open job's typed text (nothing when there is none). */
export function keepJobDraft(root: ParentNode = document): void {
  const { view, entry } = currentJob();
  const fields = fieldsIn(root)
    .filter((el) => el.value.trim() && !el.disabled && !el.readOnly)
    .map((el) => ({ label: labelOf(el), value: el.value }))
    .filter((f) => f.label);
  if (!fields.length) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ view, entry, fields } satisfies JobDraft));
  } catch {
    /* storage blocked: the reload loses the text, as it did before */
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

function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  // React listens for input events and reads the value through the prototype's setter.
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Puts a kept draft back into the fields of `view` once they are drawn (panels load lazily), then forgets
 * it. Returns a function that stops waiting. Fields already holding text are left as they are.
 */
export function restoreJobDraft(view: string, root: HTMLElement, timeoutMs = 10_000): () => void {
  const draft = peekJobDraft();
  if (!draft || draft.view !== view) return () => undefined;
  const pending = [...draft.fields];
  const fill = () => {
    const present = fieldsIn(root);
    for (let i = pending.length - 1; i >= 0; i--) {
      const el = present.find((f) => labelOf(f) === pending[i].label);
      if (!el) continue;
      if (!el.value) setValue(el, pending[i].value);
      pending.splice(i, 1);
    }
    if (!pending.length) stop();
  };
  const observer = new MutationObserver(fill);
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      /* nothing kept */
    }
  }
  observer.observe(root, { childList: true, subtree: true });
  fill();
  return stop;
}

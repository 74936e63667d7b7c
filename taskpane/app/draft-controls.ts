// The controls of a job that a draft keeps, each with a key that survives a reload. The key is the
// control's `data-draft` attribute where a panel gives one, otherwise its label as the user sees it; a
// second control with the same key gets `#2` (then `#3`…), in page order, so two fields with one label
// are two entries. Generated ids are never used: they change when the tree above them changes.

/** Text fields (never passwords, files or hidden inputs); a Fluent Combobox is an input too. */
const TEXT =
  'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="number"], input[type="url"], input[type="email"], input[type="tel"]';
/** Checkboxes and Fluent's Switch (an input type=checkbox with role=switch). */
const CHECK = 'input[type="checkbox"]';
const RADIO_GROUP = '[role="radiogroup"]';
const SELECT = 'select';
/** Fluent's Dropdown: a button with role=combobox whose text is the chosen option. */
const DROPDOWN = 'button[role="combobox"]';
/** The setup card's own fields (a key, an address) are not the job's; a panel marks boxes drawn from another kept field. */
const NOT_KEPT = '[data-setup-card], [data-draft-skip]';

export interface DraftControl {
  key: string;
  /** What to keep; undefined when there is nothing (an empty text field, a radio group with no choice). */
  value: string | boolean | undefined;
  /** The user changed it from how the panel drew it (typed text counts). */
  changed: boolean;
  disabled: boolean;
  restore(value: string | boolean): void;
}

type Labelled = HTMLElement & { labels?: NodeListOf<HTMLLabelElement> | null };

/** A control's name as the user sees it: aria-label, aria-labelledby, its <label>, then its placeholder. */
export function labelOf(el: Labelled): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const by = el.getAttribute('aria-labelledby');
  const byText = by
    ?.split(/\s+/)
    .map((id) => el.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  if (byText) return byText;
  return el.labels?.[0]?.textContent?.trim() || el.getAttribute('placeholder') || el.getAttribute('name') || '';
}

function baseKey(el: Labelled): string {
  return el.getAttribute('data-draft') ?? labelOf(el);
}

function setNative(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event: 'input' | 'change'): void {
  // React listens for input/change events and reads the value through the prototype's setter.
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

function textControl(el: HTMLInputElement | HTMLTextAreaElement): Omit<DraftControl, 'key'> {
  return {
    value: el.value.trim() ? el.value : undefined,
    // React keeps a field's default in step with its value, so any text counts as the user's.
    changed: Boolean(el.value.trim()),
    disabled: el.disabled || el.readOnly,
    restore(value) {
      // A SpinButton always shows a number (the panel's default): it takes the kept one unless it is that.
      const spin = el.getAttribute('role') === 'spinbutton';
      if (typeof value !== 'string' || (spin ? el.value === value : el.value)) return;
      setNative(el, value, 'input');
      // …and takes a typed value when it loses focus.
      if (spin) el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    },
  };
}

function checkControl(el: HTMLInputElement): Omit<DraftControl, 'key'> {
  return {
    value: el.checked,
    changed: el.checked !== el.defaultChecked,
    disabled: el.disabled,
    restore(value) {
      if (typeof value === 'boolean' && el.checked !== value) el.click();
    },
  };
}

function radioControl(group: HTMLElement): Omit<DraftControl, 'key'> {
  const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const chosen = radios.find((r) => r.checked);
  return {
    value: chosen?.value,
    changed: Boolean(chosen && !chosen.defaultChecked),
    disabled: radios.every((r) => r.disabled),
    restore(value) {
      const radio = radios.find((r) => r.value === value);
      if (radio && !radio.checked && !radio.disabled) radio.click();
    },
  };
}

function selectControl(el: HTMLSelectElement): Omit<DraftControl, 'key'> {
  const initial = [...el.options].find((o) => o.defaultSelected) ?? el.options[0];
  return {
    value: el.value,
    changed: Boolean(initial) && el.value !== initial.value,
    disabled: el.disabled,
    restore(value) {
      const option = [...el.options].find((o) => o.value === value);
      if (typeof value === 'string' && el.value !== value && option && !option.disabled) setNative(el, value, 'change');
    },
  };
}

function dropdownControl(el: HTMLButtonElement): Omit<DraftControl, 'key'> {
  const text = el.textContent?.trim() ?? '';
  return {
    value: text || undefined,
    // Its first choice is not in the DOM to compare with: it is kept with the job's other changes.
    changed: false,
    disabled: el.disabled || el.getAttribute('aria-disabled') === 'true',
    restore(value) {
      if (typeof value !== 'string' || el.textContent?.trim() === value) return;
      // Open it as the user would and pick the option by its text (the listbox is drawn on open).
      el.click();
      const listId = el.getAttribute('aria-controls');
      const list = (listId && el.ownerDocument.getElementById(listId)) || el.ownerDocument;
      const option = [...list.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent?.trim() === value);
      if (option && option.getAttribute('aria-disabled') !== 'true') option.click();
      else el.click();
    },
  };
}

type Kind = 'radio' | 'check' | 'choice' | 'text';

/** The control an element is, and the kind its key is filed under. */
function describe(el: HTMLElement): { kind: Kind; control: Omit<DraftControl, 'key'> } | null {
  if (el.matches(RADIO_GROUP)) return { kind: 'radio', control: radioControl(el) };
  if (el.matches(CHECK)) return { kind: 'check', control: checkControl(el as HTMLInputElement) };
  if (el.matches(SELECT)) return { kind: 'choice', control: selectControl(el as HTMLSelectElement) };
  if (el.matches(DROPDOWN)) return { kind: 'choice', control: dropdownControl(el as HTMLButtonElement) };
  if (el.matches(TEXT)) return { kind: 'text', control: textControl(el as HTMLInputElement | HTMLTextAreaElement) };
  return null;
}

/** Every control of the job under `root`, in page order, each with its stable key. */
export function draftControls(root: ParentNode): DraftControl[] {
  const seen = new Map<string, number>();
  const out: DraftControl[] = [];
  for (const el of root.querySelectorAll<HTMLElement>([RADIO_GROUP, CHECK, SELECT, DROPDOWN, TEXT].join(', '))) {
    if (el.closest(NOT_KEPT)) continue;
    const found = describe(el);
    const base = baseKey(el);
    if (!found || !base) continue;
    const { kind, control } = found;
    const n = (seen.get(`${kind}:${base}`) ?? 0) + 1;
    seen.set(`${kind}:${base}`, n);
    out.push({ key: `${kind}:${base}${n > 1 ? `#${n}` : ''}`, ...control });
  }
  return out;
}

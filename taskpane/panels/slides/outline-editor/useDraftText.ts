import { useState } from 'react';

/**
 * A text box over a value that is written into the outline and read back on every keystroke (trimmed,
 * escaped): while it has focus it shows what was typed, so a space at the end or a `1.` at the start stays
 * as typed; once it loses focus it shows the outline's text again.
 */
export function useDraftText(value: string, onText: (typed: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    type: (typed: string) => {
      setDraft(typed);
      onText(typed);
    },
  };
}

import { Input, type InputProps } from '@fluentui/react-components';
import { useState } from 'react';

export interface DraftInputProps extends Omit<InputProps, 'value' | 'onChange' | 'onFocus' | 'onBlur'> {
  /** The text as the outline holds it now. */
  value: string;
  /** Called on every keystroke with what is in the box. */
  onText: (typed: string) => void;
}

/**
 * A text box over a value that is written into the outline and read back on every keystroke (trimmed,
 * escaped): while it has focus it shows what was typed, so a space at the end or a `1.` at the start stays
 * as typed; once it loses focus it shows the outline's text again.
 */
export function DraftInput({ value, onText, ...rest }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Input
      {...rest}
      value={draft ?? value}
      onFocus={() => setDraft(value)}
      onBlur={() => setDraft(null)}
      onChange={(_e, d) => {
        setDraft(d.value);
        onText(d.value);
      }}
    />
  );
}

import { Input, type InputProps } from '@fluentui/react-components';
import { useDraftText } from './useDraftText';

export interface DraftInputProps extends Omit<InputProps, 'value' | 'onChange' | 'onFocus' | 'onBlur'> {
  /** The text as the outline holds it now. */
  value: string;
  /** Called on every keystroke with what is in the box. */
  onText: (typed: string) => void;
}

/** A one-line box (a title) showing what was typed while it has focus (useDraftText). */
export function DraftInput({ value, onText, ...rest }: DraftInputProps) {
  const draft = useDraftText(value, onText);
  return <Input {...rest} value={draft.value} onFocus={draft.onFocus} onBlur={draft.onBlur} onChange={(_e, d) => draft.type(d.value)} />;
}

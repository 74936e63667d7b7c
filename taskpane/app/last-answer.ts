// The last answer the Ask panel produced, kept so the ribbon's "Insert last answer" command can place
// it without opening the pane. Same origin as the pane, so plain localStorage is shared.
const KEY = 'dsplus.lastAnswer';

export function saveLastAnswer(text: string): void {
  try {
    localStorage.setItem(KEY, text);
  } catch {
    /* storage blocked: the command will say there is nothing to insert */
  }
}

export function loadLastAnswer(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

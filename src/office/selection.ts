// Common API calls that work the same in Word, Excel and PowerPoint.

/** Replaces the current selection with plain text (the host's own undo covers it). */
export function setSelectedText(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.setSelectedDataAsync(text, { coercionType: Office.CoercionType.Text }, (r) => {
      if (r.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(r.error?.message ?? 'setSelectedDataAsync failed'));
    });
  });
}

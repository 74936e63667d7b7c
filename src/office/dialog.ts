// Office's dialog (Office.context.ui.displayDialogAsync) for a page of the add-in shown large, and the
// dialog page's side of the hand-over: the page says "ready", the pane answers with the payload
// (DialogApi 1.2's messageChild). Everything Office here; the pages around it stay host-free.

const READY = 'dsplus:ready';

const officeHere = () => typeof Office !== 'undefined' && Boolean(Office.context?.ui);

/** Office can open a dialog from this pane (DialogApi 1.1). */
export function officeDialogSupported(): boolean {
  return officeHere() && typeof Office.context.ui.displayDialogAsync === 'function' && Office.context.requirements.isSetSupported('DialogApi', '1.1');
}

/** The dialog can be sent its payload (DialogApi 1.2); without it the page reads a copy from storage. */
export function officeDialogCanSend(): boolean {
  return officeHere() && Office.context.requirements.isSetSupported('DialogApi', '1.2');
}

/**
 * Opens `url` (absolute, on the add-in's origin) in Office's dialog at `percent` of the screen and, once the
 * page says it is ready, sends it `payload` (when DialogApi 1.2 is there; otherwise the page reads its
 * copy from storage). Resolves when the dialog is open; rejects with Office's message if it could not open.
 */
export function openOfficeDialog(url: string, payload: string, percent = { width: 80, height: 80 }): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { width: percent.width, height: percent.height, displayInIframe: false }, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(r.error?.message ?? 'displayDialogAsync failed'));
      const dialog = r.value;
      const canSend = officeDialogCanSend();
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ('message' in arg && arg.message === READY && canSend) dialog.messageChild(payload);
      });
      resolve();
    });
  });
}

/**
 * In a dialog page: waits for Office, tells the pane it is ready and calls `onPayload` with what the pane
 * sends. Does nothing outside an Office dialog (a browser tab reads its payload from storage).
 */
export function receiveFromOpener(onPayload: (payload: string) => void): void {
  if (typeof Office === 'undefined') return;
  void Office.onReady(() => {
    const ui = Office.context?.ui;
    if (!ui || typeof ui.messageParent !== 'function') return;
    ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg: { message: string }) => onPayload(arg.message));
    ui.messageParent(READY);
  });
}

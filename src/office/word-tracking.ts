/**
 * Word's change tracking switched to TrackAll for one write, so what the add-in writes is a revision the
 * user accepts or rejects; returns how to put the user's own mode back. Without `on` (WordApi 1.4 missing)
 * nothing is switched and the write is direct.
 */
export async function trackChangesFor(context: Word.RequestContext, on: boolean): Promise<() => void> {
  if (!on) return () => undefined;
  const doc = context.document;
  doc.load('changeTrackingMode');
  await context.sync();
  const previous = doc.changeTrackingMode;
  doc.changeTrackingMode = 'TrackAll';
  return () => {
    doc.changeTrackingMode = previous;
  };
}

// The only place the slides feature touches Office.js: insert a rendered deck into the open presentation.
// Speaker notes travel inside the inserted file (no requirement set has a notes API).
import { slideInsertUnsupported, slideInsertFailed } from '../slides/errors';
import { insertSupport } from '../slides/insert-support';

export { insertSupport, type InsertSupport } from '../slides/insert-support';

export type SlideFormatting = 'KeepSourceFormatting' | 'UseDestinationTheme';

/** The current slide's id via the Common API (older hosts): "nnn#" as insertSlidesFromBase64 accepts it. */
function selectedSlideIdCommon(): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      Office.context.document.getSelectedDataAsync(Office.CoercionType.SlideRange, (r) => {
        const slides = (r.value as { slides?: Array<{ id: number }> } | undefined)?.slides;
        const last = r.status === Office.AsyncResultStatus.Succeeded && slides && slides.length ? slides[slides.length - 1] : null;
        resolve(last ? `${last.id}#` : null);
      });
    } catch {
      resolve(null);
    }
  });
}

function reason(e: unknown): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * Inserts the slides of a .pptx (base64, no data: prefix) after the current slide, or at the start when
 * nothing is selected. Returns the id it inserted after. Throws `slides.error.insertUnsupported` or `slides.error.insertFailed`.
 */
export async function insertSlidesAfterCurrent(base64: string, formatting: SlideFormatting): Promise<string | null> {
  const support = insertSupport((n, v) => Office.context.requirements.isSetSupported(n, v));
  if (!support.insert) throw slideInsertUnsupported();
  let target: string | null = null;
  try {
    await PowerPoint.run(async (context) => {
      if (support.selection) {
        const selected = context.presentation.getSelectedSlides();
        selected.load('items/id');
        await context.sync();
        const items = selected.items;
        target = items.length ? items[items.length - 1].id : null;
      } else {
        target = await selectedSlideIdCommon();
      }
      const options: PowerPoint.InsertSlideOptions = { formatting };
      if (target) options.targetSlideId = target;
      context.presentation.insertSlidesFromBase64(base64, options);
      await context.sync();
    });
  } catch (e) {
    throw slideInsertFailed(reason(e));
  }
  return target;
}

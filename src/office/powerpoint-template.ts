// The open presentation as a template: its masters and layouts through PowerPointApi 1.3, and the file
// itself through the Common API (getFileAsync, Office Open XML, slice by slice), so the core can read
// its layouts' placeholders and build our slides on them. Office.js has no API for speaker notes and
// reading placeholders needs PowerPointApi 1.8, so the slides are rendered into a copy of the file and
// inserted with insertSlidesFromBase64 (see docs/decisions/0005-templates.md).
import { AppError } from '../errors';
import { loadChildren } from './load-children';

export interface PresentationMaster {
  id: string;
  name: string;
  layouts: Array<{ id: string; name: string }>;
}

export interface TemplateSupport {
  /** PowerPointApi 1.3: slideMasters and their layouts can be listed. */
  layouts: boolean;
  /** The Common API can hand over the file (getFileAsync with Office Open XML). */
  file: boolean;
}

export function templateSupport(
  isSetSupported: (name: string, version: string) => boolean,
  hasGetFile = typeof Office !== 'undefined' && typeof Office.context?.document?.getFileAsync === 'function',
): TemplateSupport {
  return { layouts: isSetSupported('PowerPointApi', '1.3'), file: hasGetFile };
}

/** The presentation's slide masters and their layouts, in order (PowerPointApi 1.3). */
export async function listPresentationLayouts(): Promise<PresentationMaster[]> {
  return PowerPoint.run(async (context) => {
    const masters = await loadChildren(context, context.presentation.slideMasters, 'items/id,items/name', (m) => m.layouts, 'items/id,items/name');
    return masters.items.map((m, i) => ({ id: m.id, name: m.name, layouts: masters.children[i].items.map((l) => ({ id: l.id, name: l.name })) }));
  });
}

/** 4 MB slices, the largest Office allows. */
const SLICE = 4 * 1024 * 1024;

function fail(reason: string): AppError {
  return new AppError('slides.template.error.noPresentationFile', { reason });
}

/** The open presentation as .pptx bytes (getFileAsync, Compressed). The file is always closed again. */
export function readPresentationFile(signal?: AbortSignal): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    try {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, (res) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) {
          reject(fail(res.error?.message ?? 'getFileAsync failed'));
          return;
        }
        const file = res.value;
        const parts: Uint8Array[] = [];
        const close = (then: () => void) => file.closeAsync(() => then());
        const next = (i: number) => {
          if (signal?.aborted) {
            close(() => reject(signal.reason));
            return;
          }
          if (i >= file.sliceCount) {
            const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
            let at = 0;
            for (const p of parts) {
              out.set(p, at);
              at += p.length;
            }
            close(() => resolve(out));
            return;
          }
          file.getSliceAsync(i, (slice) => {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) {
              close(() => reject(fail(slice.error?.message ?? `slice ${i + 1} of ${file.sliceCount}`)));
              return;
            }
            parts.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
            next(i + 1);
          });
        };
        next(0);
      });
    } catch (e) {
      reject(fail(e instanceof Error ? e.message : String(e)));
    }
  });
}

import type { PdfjsModule } from '../../src/pdf/pdfjs-types';

let loading: Promise<PdfjsModule> | undefined;

/**
 * pdf.js in the pane, loaded when the first PDF is opened (not with the panel). Its worker is a separate
 * asset served from the add-in's own origin, so it runs under a `script-src 'self'` policy; eval is off.
 */
export function loadPdfjsBrowser(): Promise<PdfjsModule> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs as unknown as PdfjsModule;
  });
  return loading;
}

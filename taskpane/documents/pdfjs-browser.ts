import type { PdfjsModule } from '../../src/pdf/pdfjs-types';

let loading: Promise<PdfjsModule> | undefined;

/**
 * pdf.js in the pane, loaded when the first PDF is opened (not with the panel). Its worker is a separate
 * asset served from the add-in's own origin, so it runs under a `script-src 'self'` policy; eval is off.
 * Its CMaps and standard font data are served from the same origin at /pdfjs/ (see vite.config.ts), so a
 * PDF whose CJK text uses a font that is not embedded reads as in the CLI.
 */
export function loadPdfjsBrowser(): Promise<PdfjsModule> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    // The pane page is /taskpane/index.html; the data sits beside the taskpane folder.
    const data = (dir: string) => new URL(`../pdfjs/${dir}/`, window.location.href).href;
    const extra = { cMapUrl: data('cmaps'), cMapPacked: true, standardFontDataUrl: data('standard_fonts') };
    const mod = pdfjs as unknown as PdfjsModule;
    return { getDocument: (src) => mod.getDocument({ ...src, ...extra }) };
  });
  return loading;
}

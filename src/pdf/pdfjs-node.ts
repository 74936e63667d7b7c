import type { PdfjsModule } from './pdfjs-types';

/**
 * pdf.js in Node: the legacy build (the modern one needs DOMMatrix and says to use this one). It runs
 * its worker in-process. Loaded on first use only, so commands that read no PDF never pay for it.
 */
export async function loadPdfjsNode(): Promise<PdfjsModule> {
  const mod: unknown = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return mod as PdfjsModule;
}

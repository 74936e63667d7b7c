import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfjsModule } from './pdfjs-types';

/**
 * pdf.js in Node: the legacy build (the modern one needs DOMMatrix and says to use this one). It runs
 * its worker in-process. Loaded on first use only, so commands that read no PDF never pay for it. The
 * package's CMaps and standard font data are passed along, so PDFs with non-embedded CJK fonts read too.
 */
export async function loadPdfjsNode(): Promise<PdfjsModule> {
  const mod = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const extra = { cMapUrl: `${join(root, 'cmaps')}/`, cMapPacked: true, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
  return { getDocument: (src) => mod.getDocument({ ...src, ...extra }) };
}

// The few parts of pdf.js the readers use, as plain structural types: the core loads pdf.js through an
// injected loader (Node: the legacy build; the pane: the browser build with its worker as an asset), so
// nothing here imports pdfjs-dist and the pane pays for it only when a PDF is opened.

export interface PdfjsTextItem {
  str: string;
  /** [a, b, c, d, x, y]: the font size is |(c, d)|, (x, y) the baseline origin in PDF units, y up. */
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

export interface PdfjsPage {
  getTextContent(): Promise<{ items: (PdfjsTextItem | { type: string })[] }>;
  cleanup(): void;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

export interface PdfjsModule {
  getDocument(src: {
    data: Uint8Array;
    password?: string;
    isEvalSupported?: boolean;
    verbosity?: number;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    cMapUrl?: string;
    cMapPacked?: boolean;
    standardFontDataUrl?: string;
  }): { promise: Promise<PdfjsDocument>; destroy?: () => Promise<void> };
}

export type LoadPdfjs = () => Promise<PdfjsModule>;

export interface InsertSupport {
  /** PowerPointApi 1.2: insertSlidesFromBase64. Without it the pane offers the download and says why. */
  insert: boolean;
  /** PowerPointApi 1.5: the selected slide, to insert after it (else the Common API is asked). */
  selection: boolean;
}

export function insertSupport(isSetSupported: (name: string, version: string) => boolean): InsertSupport {
  return { insert: isSetSupported('PowerPointApi', '1.2'), selection: isSetSupported('PowerPointApi', '1.5') };
}

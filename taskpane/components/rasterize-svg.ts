/** PowerPoint on the web refuses pictures over 5 MB; stay under it with room for base64. */
export const MAX_INSERT_BYTES = 3_700_000;

/**
 * A static SVG (plain text, no foreignObject) drawn onto a canvas at `scale`: the browser's fonts and
 * text engine do the work, so Chinese renders wherever the pane does. Used by the mind map and diagrams.
 */
export async function svgToPngBlob(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A PNG small enough to insert into a document: the scale drops until it fits the host's limit. */
export async function pngForInsertAt(render: (scale: number) => Promise<Blob>): Promise<string> {
  let scale = 2;
  for (;;) {
    const blob = await render(scale);
    if (blob.size <= MAX_INSERT_BYTES || scale < 0.3) return blobToBase64(blob);
    scale *= Math.sqrt(MAX_INSERT_BYTES / blob.size) * 0.9;
  }
}

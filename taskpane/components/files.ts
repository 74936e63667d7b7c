import { InputTooLargeError } from '../../src/errors';

/** Standalone mode's stand-ins for the document: open a file, download a result. */

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function downloadBlob(data: Blob | Uint8Array | ArrayBuffer | string, fileName: string, mime = 'application/octet-stream'): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadBase64(base64: string, fileName: string, mime: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  downloadBlob(bytes, fileName, mime);
}

/** Opens a file picker; resolves null when the user closes it without choosing. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/**
 * Lets the user pick a file and reads its bytes, refusing one over `limit` before reading it (a 10 MB
 * document or a huge sheet must change nothing). Resolves null when the picker is closed.
 */
export async function pickFileBytes(accept: string, limit = MAX_INPUT_BYTES): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = await pickFile(accept);
  if (!file) return null;
  if (file.size > limit) throw new InputTooLargeError(file.size, limit);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

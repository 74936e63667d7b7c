import { TemplateTooLargeError, TemplateUnreadableError } from './errors';

// A template is a zip the user chose; a crafted one ("zip bomb") declares small entries that inflate
// to gigabytes. The central directory is read before JSZip inflates anything: too many entries, or
// more than the limit once inflated, is refused. (The trust issue adds a shared guard for every
// container; this local check has the same shape so it can be swapped for it.)

/** Real templates hold tens to a few thousand parts. */
export const MAX_TEMPLATE_ENTRIES = 5_000;
/** Everything a template may unpack to, all parts together (templates with photos run to tens of MB). */
export const MAX_TEMPLATE_UNPACKED = 300 * 1000 * 1000;
/** The file itself. */
export const MAX_TEMPLATE_BYTES = 100 * 1000 * 1000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export async function guardTemplateZip(bytes: Uint8Array, file: string): Promise<void> {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw new TemplateTooLargeError(file, 'bytes', bytes.byteLength, MAX_TEMPLATE_BYTES);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new TemplateUnreadableError(file);
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers (0xFFFF entries, 0xFFFFFFFF offsets) mean a file far beyond any template.
  if (count === 0xffff || cdOffset === 0xffffffff) throw new TemplateTooLargeError(file, 'entries', count, MAX_TEMPLATE_ENTRIES);
  if (count > MAX_TEMPLATE_ENTRIES) throw new TemplateTooLargeError(file, 'entries', count, MAX_TEMPLATE_ENTRIES);
  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new TemplateUnreadableError(file);
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) throw new TemplateTooLargeError(file, 'bytes', 2 ** 32, MAX_TEMPLATE_UNPACKED);
    total += size;
    if (total > MAX_TEMPLATE_UNPACKED) throw new TemplateTooLargeError(file, 'bytes', total, MAX_TEMPLATE_UNPACKED);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

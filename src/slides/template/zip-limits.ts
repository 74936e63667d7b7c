import { assertZipSizesHonest, zipEntries } from '../../files/zip-guard';
import { templateTooLarge, templateTooManyParts, templateUnreadable } from './errors';

// A template is a zip the user chose; a crafted one ("zip bomb") declares small entries that inflate
// to gigabytes. The shared zip guard reads the central directory before anything is inflated: too many
// entries, or more than the limit once inflated, is refused with the template's own sentences (its limits
// are larger than other containers': templates carry photos and video); then every entry is checked to
// inflate to no more than it declares.

/** Real templates hold tens to a few thousand parts. */
export const MAX_TEMPLATE_ENTRIES = 5_000;
/** Everything a template may unpack to, all parts together (templates with photos run to tens of MB). */
export const MAX_TEMPLATE_UNPACKED = 300 * 1000 * 1000;
/** The file itself. */
export const MAX_TEMPLATE_BYTES = 100 * 1000 * 1000;

export async function guardTemplateZip(bytes: Uint8Array, file: string): Promise<void> {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw templateTooLarge(file, bytes.byteLength, MAX_TEMPLATE_BYTES);
  const entries = zipEntries(bytes);
  if (!entries) throw templateUnreadable(file);
  if (entries.length > MAX_TEMPLATE_ENTRIES) throw templateTooManyParts(file, entries.length, MAX_TEMPLATE_ENTRIES);
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > MAX_TEMPLATE_UNPACKED) throw templateTooLarge(file, total, MAX_TEMPLATE_UNPACKED);
  await assertZipSizesHonest(bytes, file, entries);
}

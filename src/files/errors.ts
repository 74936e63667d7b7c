import { InvalidInputError } from '../errors';

// The zip guard's failures (.docx, .xlsx, .pptx, .xmind); code and tests tell them apart by key (`isFailure` in src/errors.ts).

const mb = (n: number) => (n / 1e6).toFixed(n < 1e7 ? 1 : 0);

/** A container whose central directory cannot be read: damaged, cut short, or not a zip. */
export const zipDamaged = (name: string) => new InvalidInputError('files.error.zipDamaged', { name });
/** A container that unpacks to more than the limit (a zip bomb, or a file far beyond what we handle); `lying`: a part inflates past what it declares. */
export const zipTooLarge = (name: string, bytes: number, limit: number, lying = false) =>
  new InvalidInputError(lying ? 'files.error.zipLies' : 'files.error.zipTooLarge', { name, size: mb(bytes), limit: mb(limit) });
/** More parts than any document has. */
export const zipTooManyEntries = (name: string, count: number, limit: number) => new InvalidInputError('files.error.zipEntries', { name, count, limit });

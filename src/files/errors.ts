import { AppError } from '../errors';

const mb = (n: number) => (n / 1e6).toFixed(n < 1e7 ? 1 : 0);

/** A .docx/.xlsx/.pptx/.xmind whose central directory cannot be read: damaged, cut short, or not a zip. */
export class ZipDamagedError extends AppError {
  constructor(name: string) {
    super('files.error.zipDamaged', { name });
  }
}

/** A container that unpacks to more than the limit (a zip bomb, or a file far beyond what we handle). */
export class ZipTooLargeError extends AppError {
  constructor(name: string, bytes: number, limit: number, lying = false) {
    super(lying ? 'files.error.zipLies' : 'files.error.zipTooLarge', { name, size: mb(bytes), limit: mb(limit) });
  }
}

export class ZipTooManyEntriesError extends AppError {
  constructor(name: string, count: number, limit: number) {
    super('files.error.zipEntries', { name, count, limit });
  }
}

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

/** A device, a named pipe or a socket where a file was expected. */
export class NotRegularFileError extends AppError {
  constructor(path: string) {
    super('files.error.notRegular', { path });
  }
}

/** An output (or a file written beside it) would replace one of the run's inputs. */
export class OutputIsInputError extends AppError {
  constructor(output: string, input: string, side?: string) {
    super(side ? 'files.error.sideIsInput' : 'files.error.outputIsInput', side ? { output, input, main: side } : { output, input });
  }
}

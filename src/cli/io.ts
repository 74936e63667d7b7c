import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { AppError, EmptyInputError, InputTooLargeError } from '../errors';
import { UnsupportedInputError, UnsupportedOutputError } from '../docs/errors';
import { MAX_DOCUMENT_BYTES, readInputAsMarkdown } from '../docs/read-input';
import { translate } from '../locales';
import type { Message } from '../messages';
import { cliLocale } from './report-error';

/** What the commands read as a document: .txt, .md, .docx, or a name without extension (read as text). */
const DOCUMENT_EXTS = ['.txt', '.md', '.markdown', '.docx', ''];

/** `-` in messages, where a path would be. */
const STDIN_LABEL = 'stdin';

/** How an input argument is named in a sentence: its path, or `stdin` for `-`. */
export function inputLabel(path: string): string {
  return path === '-' ? STDIN_LABEL : path;
}

export async function readStdin(limit = MAX_DOCUMENT_BYTES): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.byteLength;
    // Stop early: a runaway pipe should not be held in memory just to be refused.
    if (size > limit) throw new InputTooLargeError(size, limit);
    parts.push(b);
  }
  return new Uint8Array(Buffer.concat(parts));
}

function fsCode(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** A file system failure as the sentence a user can act on, naming the path. */
function readError(path: string, e: unknown): AppError {
  const code = fsCode(e);
  if (code === 'ENOENT') return new AppError('ask.cli.noSuchFile', { path });
  if (code === 'EISDIR') return new AppError('ask.cli.notAFile', { path });
  return new AppError('ask.cli.cannotRead', { path, reason: code ?? (e instanceof Error ? e.message : String(e)) });
}

/** The bytes of a file the user named (or stdin for `-`); the size is checked before anything is read. */
export async function readInputBytes(path: string, limit = MAX_DOCUMENT_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStdin(limit);
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new AppError('ask.cli.notAFile', { path });
    size = s.size;
  } catch (e) {
    throw e instanceof AppError ? e : readError(path, e);
  }
  if (size > limit) throw new InputTooLargeError(size, limit);
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw readError(path, e);
  }
}

/** Reads a .docx the user named into Markdown-ish text, saying so when it is empty or not a Word file. */
export async function bytesToMarkdown(path: string, bytes: Uint8Array): Promise<string> {
  const label = inputLabel(path);
  try {
    return await readInputAsMarkdown(path === '-' ? 'stdin.txt' : basename(path), bytes);
  } catch (e) {
    throw asInputError(label, e);
  }
}

/** Empty input and unreadable .docx files get sentences naming the file; other errors pass through. */
export function asInputError(label: string, e: unknown): unknown {
  if (e instanceof EmptyInputError) return new EmptyInputError('ask.cli.emptyFile', { path: label });
  if (!(e instanceof AppError) && /\.docx$/i.test(label)) return new AppError('ask.cli.badDocx', { path: label });
  return e;
}

/** A .txt/.md/.docx path, or `-` for stdin (read as text), → Markdown. */
export async function readDocumentArg(path: string): Promise<string> {
  if (path !== '-') {
    const ext = extname(path).toLowerCase();
    if (!DOCUMENT_EXTS.includes(ext)) throw new UnsupportedInputError(ext);
  }
  return bytesToMarkdown(path, await readInputBytes(path));
}

/**
 * Refuses input that holds only spaces, line breaks or a byte-order mark, naming it. For readers
 * (tables, maps) that would otherwise say something vaguer about an empty file.
 */
export function assertNotBlank(path: string, bytes: Uint8Array): void {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = bom; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return;
  }
  throw new EmptyInputError('ask.cli.emptyFile', { path: inputLabel(path) });
}

/** The output's extension, lower case without the dot ('' when it has none). */
export function outputExt(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

/** The extension of `-o`, when it is one of `allowed` (without dots); otherwise the sentence listing them. */
export function outputFormat<T extends string>(path: string, allowed: readonly T[]): T {
  const ext = outputExt(path);
  if ((allowed as readonly string[]).includes(ext)) return ext as T;
  throw new UnsupportedOutputError(ext ? `.${ext}` : path, allowed.map((a) => `.${a}`).join(', '));
}

/** Refuses an output path whose folder is missing before any model time is spent on it. */
export async function assertWritable(path: string): Promise<void> {
  if (path === '-') return;
  const dir = dirname(path);
  let isDir: boolean;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new AppError('ask.cli.noSuchFolder', { path, dir });
}

/** A one-line progress report on stderr that a later message (or error) does not run into. */
export function progressLine(): { show: (s: string) => void; end: () => void } {
  let open = false;
  return {
    show: (s) => {
      open = true;
      process.stderr.write(`\r${s}`);
    },
    end: () => {
      if (open) process.stderr.write('\n');
      open = false;
    },
  };
}

/** Writes a file, or says in a sentence why it could not. */
export async function writeFileChecked(path: string, bytes: Uint8Array | string): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (e) {
    const code = fsCode(e);
    if (code === 'ENOENT') throw new AppError('ask.cli.noSuchFolder', { path, dir: dirname(path) });
    if (code === 'EISDIR') throw new AppError('ask.cli.notAFile', { path });
    throw new AppError('ask.cli.cannotWrite', { path, reason: code ?? (e instanceof Error ? e.message : String(e)) });
  }
}

/** `-` writes to stdout; a path is written and announced on stderr (stdout stays the document's). */
export async function writeOutput(path: string, bytes: Uint8Array | string): Promise<void> {
  if (path === '-') {
    process.stdout.write(bytes);
    return;
  }
  await writeFileChecked(path, bytes);
  console.error(translate(cliLocale(), 'word.cli.wrote', { path }));
}

/** Warnings are Messages, locale keys or ready sentences (an unknown key translates to itself). */
export function printWarnings(warnings: readonly (string | Message)[]): void {
  const locale = cliLocale();
  for (const w of warnings) console.error(`dsplus: ${typeof w === 'string' ? translate(locale, w) : translate(locale, w.key, w.params)}`);
}

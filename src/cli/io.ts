import { stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { AppError, EmptyInputError, emptyFile, InputTooLargeError, isFailure, noSuchFolder, notAFile, unreadableDocx } from '../errors';
import { unsupportedInput, unsupportedOutput } from '../writing/errors';
import { MAX_DOCUMENT_BYTES, readInputAsMarkdown } from '../writing/read-input';
import { fsCode, readRegularFile } from '../files/read-file-node';
import { isMessageKey, translate } from '../locales';
import type { Message } from '../messages';
import { cliLocale } from './report-error';
import { prepareAtomic, type PreparedWrite } from '../files/write-atomic-node';

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

/** The bytes of a file the user named (or stdin for `-`): a regular file, its size checked before anything is read. */
export async function readInputBytes(path: string, limit = MAX_DOCUMENT_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStdin(limit);
  return readRegularFile(path, limit);
}

/** Reads a .docx the user named into Markdown-ish text, saying so when it is empty or not a Word file. */
export async function bytesToMarkdown(path: string, bytes: Uint8Array): Promise<string> {
  const label = inputLabel(path);
  try {
    return await readInputAsMarkdown(path === '-' ? 'stdin.txt' : path, bytes);
  } catch (e) {
    throw asInputError(label, e);
  }
}

/** Empty input and unreadable .docx files get sentences naming the file; other errors pass through. */
export function asInputError(label: string, e: unknown): unknown {
  if (e instanceof EmptyInputError) return emptyFile(label);
  // A .docx that is no zip at all gets the Word sentence; a zip bomb keeps its own.
  if ((!(e instanceof AppError) || isFailure(e, 'files.error.zipDamaged')) && /\.docx$/i.test(label)) return unreadableDocx(label);
  return e;
}

/** A .txt/.md/.docx path, or `-` for stdin (read as text), → Markdown. */
export async function readDocumentArg(path: string): Promise<string> {
  if (path !== '-') {
    const ext = extname(path).toLowerCase();
    if (!DOCUMENT_EXTS.includes(ext)) throw unsupportedInput(ext);
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
  throw emptyFile(inputLabel(path));
}

/** The output's extension, lower case without the dot ('' when it has none). */
export function outputExt(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

/** The extension of `-o`, when it is one of `allowed` (without dots); otherwise the sentence listing them. */
export function outputFormat<T extends string>(path: string, allowed: readonly T[]): T {
  const ext = outputExt(path);
  if ((allowed as readonly string[]).includes(ext)) return ext as T;
  throw unsupportedOutput(ext ? `.${ext}` : path, allowed.map((a) => `.${a}`).join(', '));
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
  if (!isDir) throw noSuchFolder(path, dir);
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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Why a write failed, in words (the disk is full, a file-size limit…), or the system's code. */
function writeReason(e: unknown): string {
  const code = fsCode(e);
  const key = `files.reason.${code}`;
  if (code && isMessageKey(key)) return translate(cliLocale(), key);
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** A failed write as the sentence a user can act on: which file, why, and what is on disk now. */
function writeError(path: string, e: unknown, existed: boolean, written: string[] = []): AppError {
  const code = fsCode(e);
  if (code === 'ENOENT') return noSuchFolder(path, dirname(path));
  if (code === 'EISDIR') return notAFile(path);
  if (written.length) return new AppError('files.error.writeFailed.partly', { path, written: written.join(', '), reason: writeReason(e) });
  return new AppError(existed ? 'files.error.writeFailed.kept' : 'files.error.writeFailed.none', { path, reason: writeReason(e) });
}

export interface OutputBytes {
  path: string;
  bytes: Uint8Array | string;
}

/**
 * Writes every file of a run, or none: each is written in full beside its target and flushed first, and
 * only when all of them are on disk are they renamed into place. A full disk, a file-size limit or an
 * interruption leaves every previous file byte-identical.
 */
export async function writeFilesChecked(files: readonly OutputBytes[]): Promise<void> {
  const prepared: PreparedWrite[] = [];
  for (const f of files) {
    const existed = await exists(f.path);
    try {
      prepared.push(await prepareAtomic(f.path, f.bytes));
    } catch (e) {
      for (const p of prepared) await p.abort();
      throw writeError(f.path, e, existed);
    }
  }
  const done: string[] = [];
  for (const [i, p] of prepared.entries()) {
    const path = files[i]?.path ?? p.target;
    try {
      await p.commit();
      done.push(path);
    } catch (e) {
      for (const rest of prepared.slice(i + 1)) await rest.abort();
      throw writeError(path, e, true, done);
    }
  }
}

/** Writes one file whole or not at all, or says in a sentence why it could not. */
export async function writeFileChecked(path: string, bytes: Uint8Array | string): Promise<void> {
  await writeFilesChecked([{ path, bytes }]);
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

/** Lines this edge already rendered with `t` (a report such as the plan's left-out steps), one per stderr line. */
export function printLines(lines: readonly string[]): void {
  for (const l of lines) console.error(`dsplus: ${l}`);
}

/** Warnings are data (`Message`); this edge turns each into one stderr line in the user's language. */
export function printWarnings(warnings: readonly Message[]): void {
  const locale = cliLocale();
  for (const w of warnings) console.error(`dsplus: ${translate(locale, w.key, w.params)}`);
}

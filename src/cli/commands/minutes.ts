import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import type { LlmSettings } from '../../llm/settings';
import { resolveCliConfig } from '../config';
import { readInputAsMarkdown } from '../../docs/read-input';
import { UnsupportedInputError } from '../../docs/errors';
import { generateMinutes } from '../../docs/generate-minutes';
import { minutesFile, minutesFormatFor } from '../../docs/minutes-output';
import { translate } from '../../locales';
import { cliLocale } from '../report-error';

export interface ProviderFlags {
  provider?: string;
  model?: string;
  baseUrl?: string;
}

/** The provider flags every model-backed Word command takes; settings resolve as for `dsplus ask`. */
export function withProviderOptions(cmd: Command): Command {
  return cmd
    .option('--provider <name>', 'provider preset id (deepseek, siliconflow, bailian, ollama, custom…)')
    .option('--model <id>', 'model id for this run')
    .option('--base-url <url>', 'OpenAI-compatible base URL');
}

export function wordCliSettings(flags: ProviderFlags = {}): LlmSettings {
  return resolveCliConfig({ provider: flags.provider, model: flags.model, baseUrl: flags.baseUrl }).settings;
}

async function readStdin(): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const c of process.stdin) parts.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return new Uint8Array(Buffer.concat(parts));
}

/** A .txt/.md/.docx path, or `-` for stdin (read as text), → Markdown. */
export async function readDocumentArg(path: string): Promise<string> {
  if (path === '-') return readInputAsMarkdown('stdin.txt', await readStdin());
  const ext = extname(path).toLowerCase();
  if (!['.txt', '.md', '.markdown', '.docx', ''].includes(ext)) throw new UnsupportedInputError(ext);
  return readInputAsMarkdown(basename(path), new Uint8Array(await readFile(path)));
}

export async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  if (path === '-') {
    process.stdout.write(bytes);
    return;
  }
  await writeFile(path, bytes);
  console.error(translate(cliLocale(), 'word.cli.wrote', { path }));
}

export function printWarnings(warnings: string[]): void {
  for (const w of warnings) console.error(`dsplus: ${translate(cliLocale(), w)}`);
}

export function registerMinutes(program: Command): void {
  const cmd = program
    .command('minutes <notes>')
    .description('Meeting notes (.txt, .md, .docx or - for stdin) → structured minutes; -o picks .md, .docx or .json')
    .option('-o, --output <file>', 'output file: .md, .docx or .json (default: Markdown on stdout)')
    .option('--date <YYYY-MM-DD>', "today's date, so the model can resolve 'tomorrow'");
  withProviderOptions(cmd).action(async (notes: string, o: { output?: string; date?: string } & ProviderFlags) => {
    const format = o.output && o.output !== '-' ? minutesFormatFor(o.output) : 'md';
    const text = await readDocumentArg(notes);
    const res = await generateMinutes(wordCliSettings(o), text, { today: o.date });
    printWarnings(res.warnings);
    await writeOutput(o.output ?? '-', await minutesFile(res.minutes, res.language, format));
  });
}

// Startup: every `dsplus` run, even `--help` or a mistyped flag, loads this file and each command's
// register function. So a file in commands/ holds only its flags and description and imports its work
// with `await import('../actions/<name>')` inside the action: openai, zod, pptxgenjs, mammoth, docx,
// exceljs, markmap-lib, jszip, papaparse, iconv-lite and @resvg/resvg-js then load only for the command
// that runs, not for `--help` (see docs/cli.md; guarded for every command by
// tests/unit/cli/startup.test.ts). New commands follow the same pattern.
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { registerAsk } from './commands/ask';
import { registerDoctor } from './commands/doctor';
import { registerSlides } from './commands/slides';
import { registerMindmap } from './commands/mindmap';
import { registerMinutes } from './commands/minutes';
import { registerDraft } from './commands/draft';
import { registerProofread } from './commands/proofread';
import { registerProfile } from './commands/profile';
import { registerClean } from './commands/clean';
import { registerAnalyze } from './commands/analyze';
import { registerRelay } from './commands/relay';
import { registerDiagram } from './commands/diagram';
import { registerAgent } from './commands/agent';
import { reportError } from './report-error';
import { useElkLoader } from '../diagram/elk-loader';
import { cacheDir } from './ocr-cache-dir';

export function buildProgram(): Command {
  const program = new Command('dsplus')
    .description('DeepSeek+ for Office on the command line: slides, mind maps, diagrams, minutes, proofreading and data cleaning.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerAsk,
    registerDoctor,
    registerSlides,
    registerMindmap,
    registerMinutes,
    registerDraft,
    registerProofread,
    registerProfile,
    registerClean,
    registerAnalyze,
    registerRelay,
    registerDiagram,
    registerAgent,
  ]) {
    register(program);
  }
  return program;
}

/** Runs the CLI and returns the exit code; errors go to stderr as sentences, never stack traces. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Diagrams (dsplus diagram, a ```mermaid block in dsplus slides, the agent) lay out with ELK, whose
  // compiled code is kept in the cache folder: a fresh process then starts it in a fraction of the time.
  useElkLoader(async () => (await import('../diagram/elk-node')).cachedElkLoader(join(cacheDir(), 'code'))());
  try {
    await program.parseAsync(argv);
    // A command that finished but not fully (dsplus agent stopped by a budget) sets its own code.
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    return reportError(e);
  }
}

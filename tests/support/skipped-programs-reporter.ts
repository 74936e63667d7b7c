// A vitest reporter that ends the run with one line: which tests were skipped because a system program
// is missing, and the apt-get command that enables them. Workers write the skips (see
// requires-program.ts) to a file this reporter creates for the run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reporter } from 'vitest/reporters';
import { aptInstall, SKIP_LOG_ENV, type ProgramName, type SkipRecord } from './requires-program';

export function skipSummary(records: SkipRecord[]): string | undefined {
  if (records.length === 0) return undefined;
  const programs = [...new Set(records.flatMap((r) => r.programs))].sort() as ProgramName[];
  const what = records.length === 1 ? '1 test or group' : `${records.length} tests or groups`;
  return `Skipped ${what} needing ${programs.join(', ')}, not installed here. To run them: ${aptInstall(programs)}`;
}

export default class SkippedProgramsReporter implements Reporter {
  private dir = '';

  onInit(): void {
    // Set before the workers start, so they inherit it.
    this.dir = mkdtempSync(join(tmpdir(), 'dsplus-skips-'));
    process.env[SKIP_LOG_ENV] = join(this.dir, 'skips.jsonl');
  }

  onTestRunEnd(): void {
    let text = '';
    try {
      text = readFileSync(process.env[SKIP_LOG_ENV]!, 'utf8');
    } catch {
      // nothing was skipped
    }
    rmSync(this.dir, { recursive: true, force: true });
    // A file may be collected more than once (watch mode, retries): count each group once.
    const seen = new Map<string, SkipRecord>();
    for (const line of text.split('\n').filter(Boolean)) {
      const r = JSON.parse(line) as SkipRecord;
      seen.set(`${r.programs.join()}|${r.test}`, r);
    }
    const line = skipSummary([...seen.values()]);
    if (line) console.log(`\n ${line}\n`);
  }
}

// Tests that need a system program (LibreOffice, poppler, Chromium, pandas) declare it here. Present:
// the tests run. Absent: they are skipped visibly — the skip is recorded, and the reporter in
// tests/support/skipped-programs-reporter.ts prints one line at the end of the run naming what was
// skipped and the `apt-get install` that enables it. With `CI` set, a missing program fails the tests
// instead, so CI can never silently skip the LibreOffice checks.
import { spawnSync } from 'node:child_process';
import { accessSync, appendFileSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it, test } from 'vitest';

export interface ProgramInfo {
  /** What the tests use it for, in a few words. */
  what: string;
  /** Debian packages that provide it. */
  apt: string[];
  /** True when the program can be run here. */
  present(env?: NodeJS.ProcessEnv): boolean;
}

/** The first executable called `name` on PATH, or undefined. No `which`: it may be hidden too. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

const onPath =
  (...names: string[]) =>
  (env?: NodeJS.ProcessEnv) =>
    names.some((n) => findOnPath(n, env) !== undefined);

export const PROGRAMS = {
  soffice: {
    what: 'LibreOffice reads the generated .pptx/.docx',
    apt: ['libreoffice-impress', 'libreoffice-writer', 'fonts-noto-cjk'],
    present: onPath('soffice', 'libreoffice'),
  },
  pdftotext: { what: 'poppler reads text back from PDFs', apt: ['poppler-utils'], present: onPath('pdftotext') },
  pdftoppm: { what: 'poppler renders PDF pages to PNG', apt: ['poppler-utils'], present: onPath('pdftoppm') },
  chromium: { what: 'the pane in a real browser', apt: ['chromium'], present: (env = process.env) => Boolean(chromiumPath(env)) },
  pandas: { what: 'the pandas baseline', apt: ['python3-pandas'], present: (env = process.env) => pandasPython(env) !== undefined },
} satisfies Record<string, ProgramInfo>;

export type ProgramName = keyof typeof PROGRAMS;

/**
 * A python3 that can import pandas: the one on PATH, else Debian's /usr/bin/python3 (where
 * python3-pandas installs; a pyenv or venv python3 first on PATH may lack it). SHEETS_BENCH_PYTHON wins.
 */
export function pandasPython(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.SHEETS_BENCH_PYTHON, findOnPath('python3', env), '/usr/bin/python3'].filter((p): p is string => Boolean(p));
  return candidates.find((py) => spawnSync(py, ['-c', 'import pandas'], { env, stdio: 'ignore' }).status === 0);
}

/** Debian's Chromium, or CHROMIUM_PATH; undefined when neither can run. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return findOnPath('chromium', env) ?? findOnPath('chromium-browser', env);
}

/** The apt-get line that installs every program named. */
export function aptInstall(names: Iterable<ProgramName>): string {
  const pkgs = [...new Set([...names].flatMap((n) => PROGRAMS[n].apt))].sort();
  return `apt-get install -y ${pkgs.join(' ')}`;
}

/** One skip, as the test worker writes it and the reporter reads it back. */
export interface SkipRecord {
  programs: ProgramName[];
  test: string;
}

/** Where workers append skip records (one JSON object a line); set by vitest.config.ts for the whole run. */
export const SKIP_LOG_ENV = 'DSPLUS_SKIPPED_PROGRAMS_LOG';

function recordSkip(record: SkipRecord): void {
  const log = process.env[SKIP_LOG_ENV];
  if (log) appendFileSync(log, `${JSON.stringify(record)}\n`);
}

export interface Requirement {
  /** True when every program is present. */
  available: boolean;
  missing: ProgramName[];
  /** `describe` that runs when the programs are present, is skipped visibly when not, and fails under CI. */
  describe(name: string, fn: () => void): void;
  /** `it`, with the same rule. */
  it(name: string, fn: () => unknown, timeout?: number): void;
}

/**
 * Declares that some tests need system programs. Use the returned `describe`/`it` for them:
 *   const lo = requires('soffice', 'pdftotext');
 *   lo.it('LibreOffice opens the deck', async () => { … }, 180_000);
 */
export function requires(...programs: ProgramName[]): Requirement {
  const missing = programs.filter((p) => !PROGRAMS[p].present());
  const available = missing.length === 0;
  const ci = Boolean(process.env.CI);
  const failure = () =>
    `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not installed and CI is set, so these tests cannot be skipped: ${aptInstall(missing)}`;

  return {
    available,
    missing,
    describe(name, fn) {
      if (available) return describe(name, fn);
      if (ci) {
        return describe(name, () => {
          test(`needs ${missing.join(', ')}`, () => expect.fail(failure()));
        });
      }
      recordSkip({ programs: missing, test: name });
      return describe.skip(`${name} [needs ${missing.join(', ')}]`, fn);
    },
    it(name, fn, timeout) {
      if (available) return it(name, fn, timeout);
      if (ci) return it(name, () => expect.fail(failure()));
      recordSkip({ programs: missing, test: name });
      return it.skip(`${name} [needs ${missing.join(', ')}]`, fn, timeout);
    },
  };
}

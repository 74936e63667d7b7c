import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * LibreOffice (`soffice`) converts `files` to PDF into `outDir`, all in one run, with a private profile in
 * `outDir/profile` so a running LibreOffice (or another test) never holds the lock.
 */
export function convertToPdf(soffice: string, outDir: string, files: readonly string[], timeout = 170_000): void {
  execFileSync(soffice, [`-env:UserInstallation=file://${join(outDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'ignore',
    timeout,
  });
}

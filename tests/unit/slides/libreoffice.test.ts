// Every test deck opened by an independent reader: LibreOffice converts it to PDF, which must have one
// page per slide. The pages are kept as PNGs in test-output/e2e/slides-decks/ for people to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { markdownToDeck, renderPptx, THEME_NAMES, type ThemeName } from '../../../src/slides';
import { nodeDeflate } from '../../../src/slides/node-deflate';
import { findOnPath, PROGRAMS, requires } from '../../support/requires-program';
import { LAYOUTS_MIXED, longBullets, longTable, MIXED_ZH, PNG_1x1 } from './fixtures';
import { convertToPdf } from '../../support/libreoffice';

const lo = requires('soffice');
const SOFFICE = findOnPath('soffice') ?? findOnPath('libreoffice');

const OUT = resolve('test-output/e2e/slides-decks');
let work = '';

/** Pages in a PDF: poppler's count when it is installed, else the page objects counted in the file. */
function pdfPages(pdf: string): number {
  const r = findOnPath('pdfinfo') ? spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }) : undefined;
  if (r?.status === 0) return Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1]);
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

const decks: Array<{ name: string; theme: ThemeName; md: string; slides?: number }> = [
  ...THEME_NAMES.map((theme) => ({ name: `mixed-${theme}`, theme, md: `${MIXED_ZH}\n\n## 图片\n\n![示意图](${PNG_1x1})\n` })),
  { name: 'long-bullets', theme: 'business', md: longBullets(30) },
  { name: 'long-table', theme: 'china-red', md: longTable(45) },
  { name: 'long-bullets-zh', theme: 'dark', md: longBullets(20, true).replace('# Long', '# 长列表') },
  { name: 'layouts', theme: 'minimal', md: LAYOUTS_MIXED },
];

lo.describe('LibreOffice opens every deck', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dsplus-lo-'));
    rmSync(OUT, { recursive: true, force: true });
    for (const [i, d] of decks.entries()) {
      const built = await markdownToDeck(d.md, { theme: d.theme });
      d.slides = built.value.slides.length;
      // Every other deck is zipped by Node's zlib, as the CLI writes it; the rest by fflate, as the pane does.
      writeFileSync(join(work, `${d.name}.pptx`), await renderPptx(built.value, i % 2 ? nodeDeflate : undefined));
    }
    convertToPdf(
      SOFFICE!,
      work,
      decks.map((d) => join(work, `${d.name}.pptx`)),
    );
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(decks.map((d) => d.name))('%s gives one PDF page per slide', (name) => {
    const d = decks.find((x) => x.name === name)!;
    const pdf = join(work, `${name}.pdf`);
    expect(existsSync(pdf), `LibreOffice did not convert ${name}.pptx`).toBe(true);
    expect(pdfPages(pdf)).toBe(d.slides);
    // Pictures for people to look at, not an assertion: only when poppler is there.
    if (PROGRAMS.pdftoppm.present()) {
      mkdirSync(OUT, { recursive: true });
      spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', String(d.slides), pdf, join(OUT, name)]);
    }
  });
});

// The diagram decks opened by an independent reader: LibreOffice converts each to a one-page PDF, kept as
// PNGs in test-output/diagram/ for people to look at. Skips, saying so, where soffice is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutDiagram, parseMermaid, renderDiagramPptx } from '../../../src/diagram';
import { ORDER_EN, ORG_ZH, REIMBURSE_ZH, TIMELINE_EN } from './fixtures';
import { convertToPdf } from '../../support/libreoffice';

const SOFFICE = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
if (!SOFFICE)
  console.warn('[diagram] LibreOffice (soffice) is not installed: the diagram decks are not opened. apt-get install libreoffice-impress fonts-noto-cjk');

const OUT = resolve('test-output/diagram');
const work = mkdtempSync(join(tmpdir(), 'dsplus-diagram-lo-'));
const decks = { 'flowchart-zh': REIMBURSE_ZH, 'flowchart-en': ORDER_EN, 'orgchart-zh': ORG_ZH, 'timeline-en': TIMELINE_EN };

describe.skipIf(!SOFFICE)('LibreOffice opens every diagram deck', () => {
  beforeAll(async () => {
    for (const [name, src] of Object.entries(decks))
      writeFileSync(join(work, `${name}.pptx`), await renderDiagramPptx(await layoutDiagram(parseMermaid(src).diagram), 'uint8array'));
    convertToPdf(
      SOFFICE!,
      work,
      Object.keys(decks).map((n) => join(work, `${n}.pptx`)),
    );
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(Object.keys(decks))('%s converts to one page that shows its text', (name) => {
    const pdf = join(work, `${name}.pdf`);
    expect(existsSync(pdf), `LibreOffice did not convert ${name}.pptx`).toBe(true);
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    if (info.status === 0) expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBe(1);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      const label = parseMermaid(decks[name as keyof typeof decks]).diagram;
      const first = label.kind === 'flowchart' ? label.nodes[label.nodes.length - 1].label : label.sections[0].periods[0].label;
      expect(text.stdout.replace(/\s+/g, '')).toContain(first.replace(/\s+/g, ''));
    }
    if (spawnSync('which', ['pdftoppm']).status === 0) {
      mkdirSync(OUT, { recursive: true });
      spawnSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, join(OUT, name)]);
      expect(readFileSync(join(OUT, `${name}.png`)).length).toBeGreaterThan(10_000);
    }
  });
});

// Every template deck opened by an independent reader: LibreOffice converts it to PDF, which must have
// one page per slide, each page carrying its slide's title. The pages are kept as PNGs in
// test-output/e2e/template-decks/ for people to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findOnPath, requires } from '../../support/requires-program';
import { gradientPng } from '../slides/fixtures';
import { mixedOutline, renderWith, TEMPLATES } from './helpers';
import { convertToPdf } from '../../support/libreoffice';

// LibreOffice and poppler's pdftotext (the page titles) are needed; pdftoppm only keeps the pictures.
const lo = requires('soffice', 'pdftotext');
const SOFFICE = findOnPath('soffice') ?? findOnPath('libreoffice');
const HAS = (p: string) => findOnPath(p) !== undefined;

const OUT = resolve('test-output/e2e/template-decks');
let work = '';
const stem = (n: string) => n.replace(/\.\w+$/, '');
const titles = new Map<string, string[]>();

lo.describe('LibreOffice opens every template deck', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dsplus-tpl-lo-'));
    rmSync(OUT, { recursive: true, force: true });
    const md = mixedOutline(gradientPng(320, 200));
    for (const name of TEMPLATES) {
      const r = await renderWith(name, md, { lang: 'zh' });
      titles.set(
        name,
        r.deck.slides.map((s) => s.title),
      );
      writeFileSync(join(work, `${stem(name)}.pptx`), r.bytes);
    }
    convertToPdf(
      SOFFICE!,
      work,
      TEMPLATES.map((n) => join(work, `${stem(n)}.pptx`)),
    );
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(TEMPLATES)('%s gives one PDF page per slide, each with its title', (name) => {
    const pdf = join(work, `${stem(name)}.pdf`);
    expect(existsSync(pdf), `LibreOffice did not convert ${name}`).toBe(true);
    const expected = titles.get(name)!;
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages =
      info.status === 0 ? Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]) : (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(expected.length);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
    expected.forEach((title, i) => {
      const want = title
        .replace(/[（(].*$/, '')
        .replace(/\s+/g, '')
        .slice(0, 4);
      expect(text[i].replace(/\s+/g, ''), `page ${i + 1} of ${name}`).toContain(want);
    });
    if (HAS('pdftoppm')) {
      mkdirSync(OUT, { recursive: true });
      spawnSync('pdftoppm', ['-png', '-r', '40', pdf, join(OUT, stem(name))]);
    }
  });
});

// Real input: DeepSeek-R1's README (MIT; tests/fixtures/real/SOURCES.md) opens, as most READMEs do, with a
// row of badges (Homepage, Chat, Hugging Face, Discord, WeChat, Twitter, License). A presenter drops them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/locales';
import { isBadgePicture } from '../../src/markdown/badges';
import { markdownToDeck } from '../../src/slides';

const readme = readFileSync(new URL('../fixtures/real/markdown/deepseek-r1-readme.md', import.meta.url), 'utf8');

describe('badges in a real README', () => {
  it('leaves the seven badges out of the deck and says so once, keeping the logo and the benchmark figure', async () => {
    const built = await markdownToDeck(readme);
    expect(JSON.stringify(built.value).match(/shields\.io|badge\.svg|"Discord"|"Twitter Follow"/)).toBeNull();
    // The logo and the benchmark chart are real pictures of the document: still placed (as labelled frames,
    // since no picture is fetched here), each named in its own warning.
    const missing = built.warnings.filter((w) => w.key === 'slides.warn.imageMissing').map((w) => String(w.params?.src));
    expect(missing).toEqual([expect.stringContaining('logo.svg'), 'figures/benchmark.jpg']);
    const said = built.warnings.filter((w) => w.key === 'outline.warn.badges');
    expect(said).toHaveLength(1);
    expect(translate('zh-CN', said[0].key, said[0].params)).toContain('7 个徽章图片');
    // No slide is left holding nothing but its title where a badge was.
    for (const s of built.value.slides) expect(s.elements.length, s.title).toBeGreaterThan(1);
  });

  it('counts only the badges it left out: one in a table cell stays in the table, and is not counted', async () => {
    const md =
      '# Deck\n\n## Status\n\n![build](https://img.shields.io/badge/build-passing-green)\n\n| Check | Badge |\n|---|---|\n| CI | ![ci](https://img.shields.io/badge/ci-ok-green) |\n';
    const built = await markdownToDeck(md);
    expect(built.warnings.filter((w) => w.key === 'outline.warn.badges').map((w) => w.params?.count)).toEqual([1]);
  });

  it('knows a badge by its address, not by its size or words', () => {
    for (const src of [
      'https://img.shields.io/badge/License-MIT-f5de53',
      'https://github.com/deepseek-ai/DeepSeek-V2/blob/main/figures/badge.svg?raw=true',
      'https://badgen.net/npm/v/axios',
      'https://github.com/axios/axios/actions/workflows/ci.yml/badge.svg',
      'https://codecov.io/gh/axios/axios/branch/v1.x/graph/badge.svg',
    ])
      expect(isBadgePicture(src), src).toBe(true);
    for (const src of ['figures/badge.svg', 'https://example.com/figures/benchmark.jpg', 'https://example.com/badger.png', 'data:image/png;base64,AAAA'])
      expect(isBadgePicture(src), src).toBe(false);
  });
});

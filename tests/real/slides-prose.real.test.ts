// Real input: a speech transcript (the opening of the 2024 State of the Union, a US government work in the
// public domain; tests/fixtures/real/SOURCES.md) given to the slides, which expect an outline.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToDeck } from '../../src/slides';
import { outlineForText, proseShape, proseToOutline } from '../../src/slides/prose-input';
import { offlineOutline, textToOutline } from '../../src/slides/workflow';
import { runCli } from '../unit/cli/run-cli';
import { startMockLlm, type MockLlm } from '../support/mock-llm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const path = new URL('../fixtures/real/prose/sotu-2024-opening.txt', import.meta.url).pathname;
const speech = readFileSync(path, 'utf8');
const paragraphs = speech
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter(Boolean);
const deckText = (deck: Awaited<ReturnType<typeof markdownToDeck>>['value']) =>
  deck.slides
    .map((s) => [...s.elements.flatMap((e) => (e.type === 'text' ? e.paragraphs.map((p) => p.runs.map((r) => r.text).join('')) : [])), s.notes].join(' '))
    .join(' ')
    .replace(/\s+/g, ' ');

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({
    content: '# State of the Union 2024\n\n## Freedom under attack\n- At home and abroad\n\n## Ukraine\n- Stand with Ukraine\n',
  }));
});
afterAll(async () => {
  await llm.close();
});

describe('a transcript is not an outline', () => {
  it('is recognised as prose', () => {
    expect(proseShape(speech)).toMatchObject({ kind: 'prose', paragraphs: 24 });
    expect(proseShape('# Plan\n\n## One\n- a\n- b\n\n## Two\n- c\n')).toBeNull();
  });

  it('offline: every paragraph is on a slide or in its notes, and no slide is a title with an empty body', async () => {
    const deck = (await markdownToDeck(proseToOutline(speech, { lang: 'en' }))).value;
    const text = deckText(deck);
    for (const p of paragraphs.slice(1)) for (const sentence of p.split(/(?<=[.!?”])\s+/)) expect(text).toContain(sentence.replace(/\s+/g, ' '));
    expect(deck.slides[0].title).toBe("President Biden's State of the Union Address");
    const content = deck.slides.filter((s) => s.layout === 'bullets');
    expect(content.length).toBeGreaterThan(3);
    for (const s of content) expect(s.elements.some((e) => e.type === 'text' && e.slot === 'body')).toBe(true);
  });

  it('the CLI without a model says so in one sentence and makes the grouped deck (before: "no outline structure", or "needs a model" for .txt)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prose-'));
    const r = await runCli(['slides', path, '-o', join(dir, 'sotu.pptx')], { DSPLUS_API_KEY: '' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/reads as prose \(24 paragraphs\), not an outline, and no model is set up/);
    expect(r.stdout).toMatch(/Wrote .*sotu\.pptx \(\d+ slides\)/);
  });

  it('with a model it is condensed into an outline first (the map-reduce path)', async () => {
    const before = llm.requests.length;
    const r = await outlineForText(speech, { lang: 'en', settings: llm.settings });
    expect(r.generated).toBe(true);
    expect(r.notice?.key).toBe('slides.prose.condensed.prose');
    expect(llm.requests.length).toBeGreaterThan(before);
    expect(JSON.stringify(llm.requests[before].messages)).toContain('Franklin Roosevelt');
    expect(r.markdown).toContain('## Ukraine');
  });

  it('the pane and the CLI take one step (src/slides/workflow.ts): the preview’s offline outline is the CLI’s, with the same sentence', async () => {
    const cli = await textToOutline(speech, { lang: 'en' });
    const pane = offlineOutline(speech, { lang: 'en' });
    expect(pane?.markdown).toBe(cli.markdown);
    expect(pane?.notice).toEqual(cli.notice);
    expect(offlineOutline('# Plan\n\n## One\n- a\n', { lang: 'en' })).toBeNull();
    // With a model, the pane's Condense gets the outline cleaned for its editor (no fence, no chat).
    const condensed = await textToOutline(speech, { lang: 'en', settings: llm.settings });
    expect(condensed.markdown.startsWith('# State of the Union 2024')).toBe(true);
  });
});

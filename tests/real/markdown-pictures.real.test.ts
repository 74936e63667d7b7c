// Real input: a Chinese course chapter written in Typora (datawhalechina/faster-git, lecture 8; see
// tests/fixtures/real/SOURCES.md) that sizes its pictures the way Chinese Markdown editors do,
// `<img src="./imgs/x.png" style="zoom:50%;" />`, with one `![](…)` inside a sentence. Two of its pictures
// are kept beside it; the other thirteen are missing, as when a user copies only the .md file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mindTreeFromMarkdown } from '../../src/mindmap/from-markdown';
import type { MindNode } from '../../src/mindmap/types';
import { markdownToHtml } from '../../src/writing/markdown-to-html';
import { inspectPptx } from '../unit/slides/pptx-inspect';
import { runCli } from '../unit/cli/run-cli';

const path = new URL('../fixtures/real/markdown/faster-git-github-zh.md', import.meta.url).pathname;
const source = readFileSync(path, 'utf8');
const found = [...source.matchAll(/<img src="([^"]+)"(?: alt="([^"]*)")?|!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({
  src: m[1] ?? m[4],
  alt: m[2] ?? m[3] ?? '',
}));
const pictures = found.map((p) => p.src);
// What stands for a picture where only words can go: its alt text, else its file name.
const label = (p: { src: string; alt: string }) => p.alt || p.src.split('/').pop()!;
const present = ['./imgs/new-repo-button.png', './imgs/draft-pr.png'];
const TAG_TEXT = /<\/?(?:img|br|div|span)\b|zoom\s*:|style=/i;

describe('<img style="zoom:50%"> in a real Chinese chapter', () => {
  it('has the pictures this test is about', () => {
    expect(pictures).toHaveLength(15);
    expect(source.match(/style="zoom:\s*\d+%;"/g)).toHaveLength(7);
    expect(source).toContain('最新动向![](./imgs/trending.png)');
  });

  it('slides: each picture is on a slide (the two beside the file) or a labelled frame with a warning naming it; no tag text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    const out = join(dir, 'chapter.pptx');
    // No model set up: the chapter is laid out as written (a model would condense it first).
    const r = await runCli(['slides', path, '-o', out], { DSPLUS_API_KEY: '' });
    expect(r.status).toBe(0);
    const { slides } = await inspectPptx(new Uint8Array(readFileSync(out)));
    const text = slides.map((s) => [s.title, ...s.texts.flatMap((b) => b.paragraphs.map((p) => p.text)), s.notes].join('\n')).join('\n');
    expect(text).not.toMatch(TAG_TEXT);
    // The sentence that ended in a picture ends in words, not a stray "!".
    expect(text).toContain('可以随时掌握整个 Github 的最新动向');
    expect(text).not.toMatch(/最新动向\s*!/);
    const xml = slides.map((s) => s.xml).join('\n');
    // The two pictures present are real pictures (p:pic), each missing one is named on its frame and in a warning.
    expect(xml.match(/<p:pic>/g)?.length ?? 0).toBe(present.length);
    for (const p of found.filter((f) => !present.includes(f.src))) {
      expect(r.stderr).toContain(p.src);
      expect(text).toContain(p.alt || p.src);
    }
  });

  it('mind map: no tag text in any topic or note; every picture is named (alt text or file name)', () => {
    const { root } = mindTreeFromMarkdown(source);
    const all: string[] = [];
    const walk = (n: MindNode) => {
      all.push(n.title, n.note ?? '');
      n.children.forEach(walk);
    };
    walk(root);
    const text = all.join('\n');
    expect(text).not.toMatch(TAG_TEXT);
    for (const p of found) expect(text).toContain(label(p));
  });

  it('a picture alone in a topic names the topic, never an empty one', () => {
    const { root } = mindTreeFromMarkdown('# 仓库\n\n- 创建仓库\n  - <img src="./imgs/new-repo.png" style="zoom:50%;" />\n');
    expect(root.children[0].children[0].title).toBe('new-repo.png');
  });

  it('Word: the HTML given to insertHtml has each picture as its alt text or file name, never tag text or an empty paragraph', () => {
    const html = markdownToHtml(source);
    const visible = html.replace(/<[^>]+>/g, '\n');
    expect(visible).not.toMatch(/&lt;|zoom|style=/);
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toContain('<p></p>');
    for (const p of found) expect(visible).toContain(label(p));
  });
});

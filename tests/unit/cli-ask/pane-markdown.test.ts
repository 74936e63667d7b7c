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
});

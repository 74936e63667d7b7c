import { escapeHtml } from '../text/entities';
import { markdownRuns, type TextRun } from '../markdown/inline-text';
import { wordBlocksFromMarkdown } from './from-markdown';
import type { Block, ListItem } from './word-blocks';

/**
 * Markdown → the plain HTML Word's `insertHtml` maps onto real formatting: <h1>…<h6> become the built-in
 * heading styles, <ul>/<ol> real lists, <table> a Word table, <b>/<i> character formatting. The same HTML,
 * sanitised, is the pane's preview.
 */
export function markdownToHtml(markdown: string): string {
  return wordBlocksFromMarkdown(markdown).map(blockToHtml).join('\n');
}

function runsToHtml(runs: TextRun[]): string {
  return runs
    .map((r) => {
      let h = escapeHtml(r.text).replace(/\n/g, '<br>');
      if (r.code) h = `<code>${h}</code>`;
      if (r.italic) h = `<i>${h}</i>`;
      if (r.strike) h = `<s>${h}</s>`;
      if (r.bold) h = `<b>${h}</b>`;
      return h;
    })
    .join('');
}

const inline = (text: string) => runsToHtml(markdownRuns(text, 'newline'));

function blockToHtml(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${inline(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'quote':
      return `<blockquote><p>${inline(b.text)}</p></blockquote>`;
    case 'code':
      return `<pre>${escapeHtml(b.text)}</pre>`;
    case 'rule':
      return '<hr>';
    case 'list':
      return listToHtml(b.items);
    case 'table': {
      const cell = (tag: string, c: string) => `<${tag} style="border:1px solid #808080;padding:2pt 4pt">${inline(c)}</${tag}>`;
      const head = `<tr>${b.header.map((c) => cell('th', c)).join('')}</tr>`;
      const body = b.rows.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('');
      return `<table border="1" style="border-collapse:collapse"><thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
  }
}

function listToHtml(items: ListItem[]): string {
  let html = '';
  const open: string[] = [];
  for (const item of items) {
    while (open.length > item.level + 1) html += `</li></${open.pop() ?? 'ul'}>`;
    if (open.length === item.level + 1) {
      html += '</li>';
    }
    while (open.length < item.level + 1) {
      const tag = item.ordered ? 'ol' : 'ul';
      open.push(tag);
      html += `<${tag}>`;
    }
    html += `<li>${inline(item.text)}`;
  }
  while (open.length) html += `</li></${open.pop() ?? 'ul'}>`;
  return html;
}

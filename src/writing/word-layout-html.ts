// The Word layout as the plain HTML Word's insertHtml imports: only for Word without WordApi 1.3, where
// the native lists and tables cannot be built. Word's HTML import is lossy (office-js #6843: list bullets,
// levels and fonts), so the caller tells the user what to check.

import { escapeHtml } from '../text/entities';
import { MONOSPACE_FONT, type WordItem, type WordRun } from './word-layout';

function runsHtml(runs: readonly WordRun[]): string {
  return runs
    .map((r) => {
      let h = escapeHtml(r.text).replace(/\n/g, '<br>');
      if (r.code) h = `<span style="font-family:${MONOSPACE_FONT}">${h}</span>`;
      if (r.strike) h = `<s>${h}</s>`;
      if (r.italic) h = `<i>${h}</i>`;
      if (r.bold) h = `<b>${h}</b>`;
      if (r.href) h = `<a href="${escapeHtml(r.href)}">${h}</a>`;
      return h;
    })
    .join('');
}

function listHtml(item: Extract<WordItem, { kind: 'list' }>): string {
  let html = '';
  const open: string[] = [];
  for (const it of item.items) {
    while (open.length > it.level + 1) html += `</li></${open.pop() ?? 'ul'}>`;
    if (open.length === it.level + 1) html += '</li>';
    while (open.length < it.level + 1) {
      const tag = item.levels[open.length] === 'number' ? 'ol' : 'ul';
      open.push(tag);
      html += `<${tag}>`;
    }
    html += `<li>${runsHtml(it.runs)}`;
  }
  while (open.length) html += `</li></${open.pop() ?? 'ul'}>`;
  return html;
}

function itemHtml(item: WordItem): string {
  if (item.kind === 'list') return listHtml(item);
  if (item.kind === 'table') {
    const cell = (tag: string, runs: WordRun[], i: number) =>
      `<${tag} style="border:1px solid #808080;padding:2pt 4pt;width:${Math.round(item.shares[i] * 100)}%">${runsHtml(runs)}</${tag}>`;
    const head = `<tr>${item.header.map((c, i) => cell('th', c, i)).join('')}</tr>`;
    const body = item.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('');
    return `<table border="1" style="border-collapse:collapse;width:100%"><thead>${head}</thead><tbody>${body}</tbody></table>`;
  }
  if (item.role === 'rule') return '<hr>';
  if (item.role === 'code') return `<pre>${escapeHtml(item.runs.map((r) => r.text).join(''))}</pre>`;
  if (item.style === 'Quote') return `<blockquote><p>${runsHtml(item.runs)}</p></blockquote>`;
  const h = /^Heading(\d)$/.exec(item.style)?.[1];
  return h ? `<h${h}>${runsHtml(item.runs)}</h${h}>` : `<p>${runsHtml(item.runs)}</p>`;
}

export function layoutToHtml(items: readonly WordItem[]): string {
  return items.map(itemHtml).join('\n');
}

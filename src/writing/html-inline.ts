import { decodeEntities } from '../text/entities';

/**
 * One paragraph's HTML as Word's getHtml() returns it → inline Markdown (**bold**, *italic*). Word desktop
 * writes <b>/<i>; Word on the web writes <span style="font-weight:bold">; both are read. Everything that
 * is not text or emphasis (styles, comments, conditional blocks) is dropped.
 */
export function htmlToInlineMarkdown(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const cleaned = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n');
  type Frame = { tag: string; bold: boolean; italic: boolean };
  const stack: Frame[] = [{ tag: '#root', bold: false, italic: false }];
  const runs: { text: string; bold: boolean; italic: boolean }[] = [];
  const tagRe = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)/g;
  for (const m of cleaned.matchAll(tagRe)) {
    const top = stack[stack.length - 1] ?? { tag: '#root', bold: false, italic: false };
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4].replace(/\s*\n\s*/g, ' '));
      if (text) runs.push({ text, bold: top.bold, italic: top.italic });
      continue;
    }
    const closing = m[1] === '/';
    const tag = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    if (/\/\s*$/.test(attrs) || /^(img|hr|meta|link|o:p)$/.test(tag)) continue;
    if (closing) {
      const at = stack.map((f) => f.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const style = /style\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    let bold = top.bold || tag === 'b' || tag === 'strong';
    let italic = top.italic || tag === 'i' || tag === 'em';
    const weight = /font-weight\s*:\s*(\w+)/.exec(style)?.[1];
    if (weight) bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const fstyle = /font-style\s*:\s*(\w+)/.exec(style)?.[1];
    if (fstyle) italic = fstyle === 'italic' || fstyle === 'oblique';
    stack.push({ tag, bold, italic });
  }
  // Neighbouring runs with the same emphasis are joined so `**a****b**` never appears.
  const merged: typeof runs = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic) last.text += r.text;
    else merged.push({ ...r });
  }
  return merged
    .map((r) => {
      const inner = r.text.trim();
      if (!inner || (!r.bold && !r.italic)) return r.text;
      const lead = r.text.slice(0, r.text.indexOf(inner));
      const trail = r.text.slice(r.text.indexOf(inner) + inner.length);
      // `***x***` is ambiguous to simple readers; `**_x_**` is not.
      const marked = r.bold && r.italic ? `**_${inner}_**` : r.bold ? `**${inner}**` : `*${inner}*`;
      return `${lead}${marked}${trail}`;
    })
    .join('')
    .replace(/\u00a0/g, ' ')
    .trim();
}

import { readInlineTag, trimInlines, type InlineHtmlState } from './html';
import type { Token } from './tokenizer';
import type { Inline } from './types';

type Mark = 'strong' | 'em' | 'del';
type Container = { kind: Mark; children: Inline[] } | { kind: 'link'; href: string; children: Inline[] };

const OPEN: Record<string, Mark> = { strong_open: 'strong', em_open: 'em', s_open: 'del' };
const CLOSE: Record<string, Mark> = { strong_close: 'strong', em_close: 'em', s_close: 'del' };

/** An inline token's children → inline nodes. Raw HTML is read for its meaning and never kept. */
export function buildInlines(tokens: Token[] | null): Inline[] {
  const root: Inline[] = [];
  const stack: Container[] = [];
  const html: InlineHtmlState = { skipping: null };
  const out = () => (stack.length ? stack[stack.length - 1].children : root);
  const push = (n: Inline) => {
    const list = out();
    const last = list[list.length - 1];
    if (n.type === 'text' && last?.type === 'text') list[list.length - 1] = { type: 'text', text: last.text + n.text };
    else list.push(n);
  };
  const open = (c: Container) => stack.push(c);
  const close = (kind: Container['kind']) => {
    const at = stack.map((c) => c.kind).lastIndexOf(kind);
    if (at < 0) return;
    while (stack.length > at) {
      const c = stack.pop() as Container;
      const node: Inline = c.kind === 'link' ? { type: 'link', href: c.href, children: c.children } : { type: c.kind, children: c.children };
      if (c.children.length) push(node);
    }
  };

  for (const t of tokens ?? []) {
    if (html.skipping && t.type !== 'html_inline') continue;
    switch (t.type) {
      case 'text':
      case 'text_special':
        if (t.content) push({ type: 'text', text: t.content });
        break;
      case 'softbreak':
        push({ type: 'break', soft: true });
        break;
      case 'hardbreak':
        push({ type: 'break', soft: false });
        break;
      case 'code_inline':
        push({ type: 'code', text: t.content });
        break;
      case 'image':
        push({ type: 'image', src: t.attrGet('src') ?? '', alt: t.content });
        break;
      case 'link_open':
        open({ kind: 'link', href: t.attrGet('href') ?? '', children: [] });
        break;
      case 'link_close':
        close('link');
        break;
      case 'html_inline': {
        const r = readInlineTag(t.content, html);
        if (!r) break;
        if ('open' in r) open({ kind: r.open, children: [] });
        else if ('close' in r) close(r.close);
        else push(r);
        break;
      }
      default:
        if (OPEN[t.type]) open({ kind: OPEN[t.type], children: [] });
        else if (CLOSE[t.type]) close(CLOSE[t.type]);
        break;
    }
  }
  // An HTML mark left open (`<b>` with no `</b>`) keeps its text.
  while (stack.length) close(stack[0].kind);
  return trimInlines(root);
}

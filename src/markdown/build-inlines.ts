import { readInlineTag, trimInlines, type InlineHtmlState } from './html';
import type { Token } from './tokenizer';
import type { Inline } from './types';

type Mark = 'strong' | 'em' | 'del';
type Container = { kind: Mark; children: Inline[] } | { kind: 'link'; href: string; children: Inline[] };

const OPEN: Record<string, Mark> = { strong_open: 'strong', em_open: 'em', s_open: 'del' };
const CLOSE: Record<string, Mark> = { strong_close: 'strong', em_close: 'em', s_close: 'del' };

/** Builds inline nodes from markdown-it's flat inline tokens; a class so the hot path makes no closures. */
class InlineBuilder {
  readonly root: Inline[] = [];
  private readonly stack: Container[] = [];
  readonly html: InlineHtmlState = { skipping: null };

  private out(): Inline[] {
    return this.stack.length ? this.stack[this.stack.length - 1].children : this.root;
  }

  push(n: Inline): void {
    const list = this.out();
    const last = list[list.length - 1];
    if (n.type === 'text' && last?.type === 'text') list[list.length - 1] = { type: 'text', text: last.text + n.text };
    else list.push(n);
  }

  open(c: Container): void {
    this.stack.push(c);
  }

  close(kind: Container['kind']): void {
    let at = this.stack.length - 1;
    while (at >= 0 && this.stack[at].kind !== kind) at--;
    if (at < 0) return;
    while (this.stack.length > at) {
      const c = this.stack.pop() as Container;
      const node: Inline = c.kind === 'link' ? { type: 'link', href: c.href, children: c.children } : { type: c.kind, children: c.children };
      if (c.children.length) this.push(node);
    }
  }

  /** An HTML mark left open (`<b>` with no `</b>`) keeps its text. */
  finish(): Inline[] {
    while (this.stack.length) this.close(this.stack[0].kind);
    return trimInlines(this.root);
  }
}

/** An inline token's children → inline nodes. Raw HTML is read for its meaning and never kept. */
export function buildInlines(tokens: Token[] | null): Inline[] {
  if (!tokens || tokens.length === 0) return [];
  // Most inline content is one run of plain text.
  if (tokens.length === 1 && tokens[0].type === 'text') {
    const text = tokens[0].content.trim();
    return text ? [{ type: 'text', text }] : [];
  }
  const b = new InlineBuilder();
  for (const t of tokens) {
    if (b.html.skipping && t.type !== 'html_inline') continue;
    switch (t.type) {
      case 'text':
      case 'text_special':
        if (t.content) b.push({ type: 'text', text: t.content });
        break;
      case 'softbreak':
        b.push({ type: 'break', soft: true });
        break;
      case 'hardbreak':
        b.push({ type: 'break', soft: false });
        break;
      case 'code_inline':
        b.push({ type: 'code', text: t.content });
        break;
      case 'image':
        b.push({ type: 'image', src: t.attrGet('src') ?? '', alt: t.content });
        break;
      case 'link_open':
        b.open({ kind: 'link', href: t.attrGet('href') ?? '', children: [] });
        break;
      case 'link_close':
        b.close('link');
        break;
      case 'html_inline': {
        const r = readInlineTag(t.content, b.html);
        if (!r) break;
        if ('open' in r) b.open({ kind: r.open, children: [] });
        else if ('close' in r) b.close(r.close);
        else b.push(r);
        break;
      }
      default:
        if (OPEN[t.type]) b.open({ kind: OPEN[t.type], children: [] });
        else if (CLOSE[t.type]) b.close(CLOSE[t.type]);
        break;
    }
  }
  return b.finish();
}

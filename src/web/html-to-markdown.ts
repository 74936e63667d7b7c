import { decodeEntities } from '../text/entities';

/**
 * A web page's HTML → Markdown (headings, lists, links, tables) for the readers, without scripts, styles
 * or navigation chrome. node-html-markdown runs in Node and in browsers; it is loaded only when a page is read.
 */
export async function htmlToMarkdown(html: string): Promise<{ title: string; markdown: string }> {
  const { NodeHtmlMarkdown } = await import('node-html-markdown');
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
  // The main content when the page marks it; otherwise the body without the parts that are never content.
  const main = /<(main|article)\b[^>]*>([\s\S]*?)<\/\1>/i.exec(html)?.[2] ?? /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const stripped = main.replace(/<(script|style|noscript|template|svg|nav|footer|header|form|iframe)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const markdown = NodeHtmlMarkdown.translate(stripped, { ignore: ['img'], maxConsecutiveNewlines: 2 }).trim();
  return { title: decodeEntities(title), markdown };
}

/**
 * The model's answer as Markdown: reasoning in `<think>` (closed or, mid-stream, not yet closed) dropped,
 * a ```markdown fence around the whole answer unwrapped, chatter before the first heading or list item
 * ("Sure, here is your mind map:") and after the last one removed.
 */
export function cleanModelMarkdown(text: string): string {
  let s = text.replace(/\r\n?/g, '\n').replace(/<think>[\s\S]*?(<\/think>|$)/g, '');
  const fence = /```[ \t]*(?:markdown|md|text)?[ \t]*\n([\s\S]*?)(?:\n```|$)/i.exec(s);
  if (fence && /^\s*(#|[-*+] |\d+[.)] )/m.test(fence[1])) s = fence[1];
  const lines = s.split('\n');
  const isStructure = (l: string) => /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(l);
  const first = lines.findIndex(isStructure);
  if (first < 0) return s.trim();
  let last = lines.length - 1;
  while (last > first && !isStructure(lines[last]) && !/^\s+\S/.test(lines[last])) last--;
  return lines.slice(first, last + 1).join('\n').trim();
}

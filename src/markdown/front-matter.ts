/** YAML front matter (`---` … `---` at the very top): the body after it and its `title:`, if any. */
export function splitFrontMatter(text: string): { body: string; title?: string } {
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { body: text };
  const t = /^title:[ \t]*(.*)$/m.exec(m[1]);
  const title = t
    ? t[1]
        .replace(/^(['"])(.*)\1$/, '$2')
        .replace(/\s+/g, ' ')
        .trim()
    : '';
  return { body: text.slice(m[0].length), ...(title ? { title } : {}) };
}

// Model answers arrive wrapped: a reasoning block, a ```markdown fence, chatty prose around the outline.
// This strips the wrapping so the parser sees Markdown; what it removed is reported as warnings keys.

const THINK = /^\s*<think>[\s\S]*?<\/think>\s*/i;
const OPEN_THINK = /^\s*<think>[\s\S]*?(?=^#)/im;
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*$/;

export interface CleanResult {
  text: string;
  removed: Array<'think' | 'fence'>;
}

/** Line endings normalised and a leading `<think>…</think>` block removed (`think` says whether there was one). */
export function stripThink(raw: string): { text: string; think: boolean } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (THINK.test(text)) return { text: text.replace(THINK, ''), think: true };
  // An unclosed reasoning block (stream cut, or a provider that forgot the tag): keep from the first heading.
  if (/^\s*<think>/i.test(text) && OPEN_THINK.test(text)) return { text: text.replace(OPEN_THINK, ''), think: true };
  return { text, think: false };
}

/**
 * The body of the first fenced block that `accept` takes (by its language and body lines), wherever it
 * stands in the answer; a fence still open at the end (a streaming answer) runs to the end. Null if none.
 */
export function findFencedBlock(text: string, accept: (lang: string, body: string[]) => boolean): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    let end = lines.length;
    for (let j = i + 1; j < lines.length; j++) {
      const m = FENCE.exec(lines[j]);
      if (m && m[1][0] === open[1][0] && !m[2]) {
        end = j;
        break;
      }
    }
    const body = lines.slice(i + 1, end);
    if (accept(open[2].toLowerCase(), body)) return body.join('\n');
    i = end;
  }
  return null;
}

export function cleanModelOutput(raw: string): CleanResult {
  const removed: CleanResult['removed'] = [];
  const stripped = stripThink(raw);
  let text = stripped.text;
  if (stripped.think) removed.push('think');
  const unwrapped = unwrapMarkdownFence(text);
  if (unwrapped !== null) {
    text = unwrapped;
    removed.push('fence');
  }
  return { text, removed };
}

/**
 * Finds a fence labelled markdown/md (or an unlabelled fence that holds a heading) and returns its body.
 * Inner fences with a language (```python) are kept: a bare ``` closes the inner fence first.
 */
function unwrapMarkdownFence(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A fence after the outline has begun is content (a code slide), not a wrapper.
    if (/^\s*[#＃]{1,6}\s/.test(lines[i])) return null;
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const lang = open[2].toLowerCase();
    const isMarkdown = lang === 'markdown' || lang === 'md';
    if (!isMarkdown && lang !== '') return null;
    const marker = open[1][0];
    let inner = false;
    let end = lines.length;
    for (let j = i + 1; j < lines.length; j++) {
      const m = FENCE.exec(lines[j]);
      if (!m || m[1][0] !== marker) continue;
      if (m[2]) inner = true;
      else if (inner) inner = false;
      else {
        end = j;
        break;
      }
    }
    const body = lines.slice(i + 1, end);
    if (!isMarkdown && !body.some((l) => /^\s*[#＃]{1,6}\s/.test(l))) return null;
    return body.join('\n');
  }
  return null;
}

import { splitThink } from './think-splitter';

/**
 * Finds the JSON value in a model answer: the whole text, else a ```json fence, else the first
 * balanced {...} or [...] in surrounding prose. Returns undefined when there is none.
 */
export function extractJson(text: string): unknown {
  const body = splitThink(text).content.trim();
  const direct = tryParse(body);
  if (direct !== undefined) return direct;
  for (const m of body.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)) {
    const v = tryParse(m[1].trim());
    if (v !== undefined) return v;
  }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '{' && ch !== '[') continue;
    const end = matchingClose(body, i);
    if (end < 0) continue;
    const v = tryParse(body.slice(i, end + 1));
    if (v !== undefined) return v;
  }
  return undefined;
}

function tryParse(s: string): unknown {
  if (!s || (s[0] !== '{' && s[0] !== '[')) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** Index of the bracket closing the one at `start`, skipping strings; -1 when unbalanced. */
function matchingClose(s: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') stack.push('}');
    else if (ch === '[') stack.push(']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

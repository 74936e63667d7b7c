// A model's answer arrives wrapped: a reasoning block, a ```markdown fence around the document, chat before
// it ("好的，以下是大纲：") and after it ("希望对你有帮助", "Let me know…"). This is the one place that
// unwraps it, for slides, mind maps, drafts and minutes alike; what it removed comes back as messages.

import type { MessageKey } from '../locales';
import { message, type Message } from '../messages';

export interface CleanedOutput {
  text: string;
  removed: Message[];
}

const THINK = /^\s*<think>[\s\S]*?<\/think>\s*/i;
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*$/;
const HEADING = /^\s{0,3}[#＃]{1,6}(?:\s|[^\s#\p{ASCII}])/u;
const STRUCTURE = /^\s*(?:[#＃]{1,6}\s|[#＃]{1,6}[^\s#\p{ASCII}]|[-*+－＊＋•·●▪◦‣]\s|\d{1,3}[.)、．]\s?|[|｜]|>|!\[|<img\b)/iu;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const OPENER =
  /^(?:好的|当然|没问题|以下是|下面是|下面为|这是|为您|根据您)|^(?:Sure|Certainly|Of course|Okay|OK|Alright|Absolutely|Here(?:'s| is| are)|Below is)\b/i;
const SIGN_OFF =
  /^(?:希望|以上|如需|如果您|如果你|如有|你可以|您可以|祝|注意：以上|I hope|Hope this|Let me know|Feel free|This outline|Would you like|If you(?:'d| would)? like|Good luck)/i;

/** A closing line a chat model adds after the document ("希望对你有帮助", "Let me know…"). */
export function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line.trim());
}

/**
 * Line endings normalised and a leading reasoning block removed (`think` says whether there was one). An
 * unclosed block (still streaming, or a provider that forgot the tag) runs to the first heading, or to the end.
 */
export function stripThink(raw: string): { text: string; think: boolean } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (THINK.test(text)) return { text: text.replace(THINK, ''), think: true };
  if (!/^\s*<think>/i.test(text)) return { text, think: false };
  const lines = text.split('\n');
  const at = lines.findIndex((l, k) => k > 0 && HEADING.test(l));
  return { text: at < 0 ? '' : lines.slice(at).join('\n'), think: true };
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

/**
 * `keepChat`: only the reasoning and a fence around the whole answer go — for prose the user asked for
 * (a draft, a rewrite), where a closing "希望…" or an opening "以下是…" may be the user's own words.
 */
export function cleanModelOutput(raw: string, opts: { keepChat?: boolean } = {}): CleanedOutput {
  const removed: Message[] = [];
  const note = (key: MessageKey) => {
    if (!removed.some((m) => m.key === key)) removed.push(message(key));
  };
  const thought = stripThink(raw);
  let text = thought.text;
  if (thought.think) note('markdown.clean.think');

  const fenced = unwrapFence(text);
  if (fenced) {
    text = fenced.body;
    note('markdown.clean.fence');
    if (fenced.outside) note('markdown.clean.chatter');
  }
  if (opts.keepChat) return { text: text.replace(/^\n+/, '').trimEnd(), removed };

  const lines = text.split('\n');
  const first = lines.findIndex((l) => STRUCTURE.test(l));
  if (first > 0) {
    // Only a chat line (an opener, or a line that introduces what follows with a colon) is dropped; a
    // title line before a list ("Weekend\n- hike") is content.
    const para = lines.slice(0, first).join('\n').trim();
    const lastPara = para.split(/\n\s*\n/).pop() ?? '';
    if (para && !para.includes('\n\n') && (OPENER.test(para) || /[:：]$/.test(lastPara))) {
      lines.splice(0, first);
      note('markdown.clean.chatter');
    }
  }
  const kept = dropSignOff(lines);
  if (kept.join('\n').trim().length < lines.join('\n').trim().length) note('markdown.clean.chatter');
  return { text: kept.join('\n').replace(/^\n+/, '').trimEnd(), removed };
}

/**
 * A fence labelled markdown/md/text, or an unlabelled one holding a heading or list, that starts before
 * the document does: its body. Inner fences with a language (```python) are kept: a bare ``` closes the
 * inner fence first. An unclosed wrapper (a cut stream) runs to the end.
 */
function unwrapFence(text: string): { body: string; outside: boolean } | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A fence after the document has begun is content (a code slide), not a wrapper.
    if (HEADING.test(lines[i])) return null;
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const lang = open[2].toLowerCase();
    const isMarkdown = lang === 'markdown' || lang === 'md' || lang === 'text';
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
    if (!body.some((l) => STRUCTURE.test(l))) return null;
    const outside = [...lines.slice(0, i), ...lines.slice(end + 1)].some((l) => l.trim());
    return { body: body.join('\n'), outside };
  }
  return null;
}

/**
 * Trailing chat: paragraphs at the very end that read like a sign-off, and prose after a closing rule
 * (`---` then "Hope this helps"). Lists, tables, headings and indented lines are never dropped.
 */
function dropSignOff(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && !lines[end - 1].trim()) end--;
  const paras: Array<[number, number]> = [];
  for (let b = end; b > 0;) {
    let a = b;
    while (a > 0 && lines[a - 1].trim()) a--;
    paras.push([a, b]);
    b = a;
    while (b > 0 && !lines[b - 1].trim()) b--;
  }
  const isProse = ([a, b]: [number, number]) => lines.slice(a, b).every((l) => !STRUCTURE.test(l) && !/^\s/.test(l) && !RULE.test(l));
  let cut = end;
  for (const p of paras) {
    if (!isProse(p) || !SIGN_OFF.test(lines[p[0]].trim())) break;
    cut = p[0];
  }
  // Prose after a closing rule, when something structured came before the rule.
  let k = 0;
  while (k < paras.length && isProse(paras[k])) k++;
  const rule = paras[k];
  if (k > 0 && rule && rule[1] - rule[0] === 1 && RULE.test(lines[rule[0]]) && k + 1 < paras.length) cut = Math.min(cut, rule[0]);
  return lines.slice(0, cut);
}

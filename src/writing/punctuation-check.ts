import type { MessageKey } from '../locales';
import { message } from '../messages';
import { pinEdit } from './locate';
import type { ProofEdit } from './proofread-types';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_CHAR = new RegExp(`[${CJK}]`);
const CJK_ALL = new RegExp(`[${CJK}]`, 'g');
const CJK_OR_CLOSE = new RegExp(`[${CJK}）」』”’》]`);
const AFTER_FULL = /^ *([A-Za-z]|$|\n)/;
const isCjk = (c: string | undefined) => !!c && CJK_CHAR.test(c);
const isCjkOrClose = (c: string | undefined) => !!c && CJK_OR_CLOSE.test(c);

const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const FULL_TO_HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '？': '?', '！': '!', '。': '.' };

// Text that is not prose: a link, an e-mail address, a function call with its arguments, a line of code.
// Half-width punctuation there is right (`print("你好,", name)`, `https://…/路径,参数`), so none is flagged.
const URL_RUN = /\b(?:https?|ftp|file):\/\/[^\s<>"“”「」（）()，。；！？、]+|\bwww\.[^\s<>"“”（）()，。；！？、]+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;
const CALL = /[A-Za-z_$][\w$.]*\((?:[^()\n]|\([^()\n]*\))*\)/g;
const CODE_LINE =
  /^\s*(?:(?:import|from|package|func|def|class|return|const|let|var|if|elif|else|for|while|switch|case|public|private|static|#include|print|console\.\w+)\b[^\u3000-\u9fff]*[(=:"'{][\s\S]*|[^\u3000-\u9fff]*[(="'][^\n]*(?:[;{}]|:=|=>|==|!=|\+=)\s*(?:(?:#|\/\/).*)?|[A-Za-z_$][\w$.[\]]*\s*(?:=|:=|\+=)\s*\S.*)$/;

function notProse(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const mark = (from: number, to: number) => mask.fill(1, from, to);
  for (const m of text.matchAll(URL_RUN)) mark(m.index, m.index + m[0].length);
  for (const m of text.matchAll(CALL)) mark(m.index, m.index + m[0].length);
  let start = 0;
  for (const line of text.split('\n')) {
    if (CODE_LINE.test(line)) mark(start, start + line.length);
    start += line.length + 1;
  }
  return mask;
}

interface Hit {
  start: number;
  end: number;
  replacement: string;
  reasonKey: MessageKey;
}

/**
 * A deterministic pre-check that needs no model: half-width punctuation in Chinese sentences, full-width
 * punctuation in English sentences, full-width letters and digits,
 * doubled Chinese punctuation. Links, e-mail addresses, function calls and code lines are left alone.
 * Each hit widens to a neighbouring character so the document search finds few candidates.
 */
export function checkPunctuation(text: string): ProofEdit[] {
  const hits: Hit[] = [];
  const skip = notProse(text);
  for (let i = 0; i < text.length; i++) {
    if (skip[i]) continue;
    const c = text[i] ?? '';
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c in HALF_TO_FULL && isCjkOrClose(prev)) {
      // "3.5", "12:30" and "a.b" are not sentence punctuation; ":" before "//" is a URL.
      if (/[0-9A-Za-z/]/.test(next ?? '') && (c === '.' || c === ':')) continue;
      if (c === '.' && next === '.') continue;
      if (c === '.' && next !== undefined && !/[\s\n]/.test(next) && !isCjk(next) && !/["”’）)]/.test(next)) continue;
      hits.push({ start: i, end: i + 1, replacement: HALF_TO_FULL[c] ?? c, reasonKey: 'word.proof.reason.halfInChinese' });
      continue;
    }
    if (c in FULL_TO_HALF && /[A-Za-z0-9]/.test(prev ?? '')) {
      const lineStart = text.lastIndexOf('\n', i) + 1;
      const lineEnd = text.indexOf('\n', i);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      const rest = AFTER_FULL.exec(line.slice(i + 1 - lineStart));
      const cjkInLine = line.match(CJK_ALL)?.length ?? 0;
      if (rest && cjkInLine === 0) {
        const spaced = rest[1] && /[A-Za-z]/.test(rest[1]) && !text.slice(i + 1).startsWith(' ');
        hits.push({ start: i, end: i + 1, replacement: (FULL_TO_HALF[c] ?? c) + (spaced ? ' ' : ''), reasonKey: 'word.proof.reason.fullInEnglish' });
        continue;
      }
    }
    if (/[Ａ-Ｚａ-ｚ０-９]/.test(c)) {
      let j = i;
      while (j < text.length && /[Ａ-Ｚａ-ｚ０-９．]/.test(text[j] ?? '')) j++;
      hits.push({ start: i, end: j, replacement: text.slice(i, j).normalize('NFKC'), reasonKey: 'word.proof.reason.fullWidthAlnum' });
      i = j - 1;
      continue;
    }
    if (/[，。、；：]/.test(c) && next === c) {
      let j = i;
      while (text[j] === c) j++;
      hits.push({ start: i, end: j, replacement: c, reasonKey: 'word.proof.reason.doubled' });
      i = j - 1;
    }
  }
  return hits.map((h, n) => {
    // One character of context on each side (same line) keeps the search for a lone comma narrow.
    const s = h.start > 0 && text[h.start - 1] !== '\n' ? h.start - 1 : h.start;
    const e = h.end < text.length && text[h.end] !== '\n' ? h.end + 1 : h.end;
    const replacement = text.slice(s, h.start) + h.replacement + text.slice(h.end, e);
    // The reason is data (`why`), said in the user's language by the pane and the CLI; `reason` is the model's.
    const edit = pinEdit(text, { original: text.slice(s, e), replacement, reason: '', category: 'punctuation' }, s, e, `local-${n}`, 'local');
    return { ...edit, why: message(h.reasonKey) };
  });
}

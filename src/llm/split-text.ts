import { estimateTokens } from './tokens';

// Headings start a new section: Markdown `#`, and the Chinese patterns office documents use
// (一、 / 第三章 / （二）).
const HEADING = /^(#{1,6}\s|[一二三四五六七八九十百]+、|第[一二三四五六七八九十百\d]+[章节部分条篇]|（[一二三四五六七八九十]+）)/;

/**
 * Splits long text into chunks of at most maxTokens (by estimateTokens), cutting at headings first,
 * then paragraphs, lines, sentences, and only as a last resort inside a sentence.
 */
export function splitText(text: string, maxTokens: number): string[] {
  const budget = Math.max(16, Math.floor(maxTokens));
  if (estimateTokens(text) <= budget) return text.trim() ? [text] : [];
  const blocks = toBlocks(text).flatMap((b) => fit(b, budget));
  const chunks: string[] = [];
  let cur: string[] = [];
  let curTokens = 0;
  const flush = () => {
    if (cur.length) chunks.push(cur.join('\n\n'));
    cur = [];
    curTokens = 0;
  };
  for (const b of blocks) {
    const t = estimateTokens(b) + 1;
    // Start sections on a fresh chunk once the current one is reasonably full.
    if (HEADING.test(b) && curTokens > budget / 2) flush();
    if (curTokens + t > budget) flush();
    cur.push(b);
    curTokens += t;
  }
  flush();
  return chunks;
}

function toBlocks(text: string): string[] {
  const blocks: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    const b = cur.join('\n').trim();
    if (b) blocks.push(b);
    cur = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') flush();
    else {
      if (HEADING.test(line.trim())) flush();
      cur.push(line);
    }
  }
  flush();
  return blocks;
}

function fit(block: string, budget: number): string[] {
  if (estimateTokens(block) <= budget) return [block];
  const lines = block.split('\n');
  if (lines.length > 1)
    return pack(
      lines.flatMap((l) => fit(l, budget)),
      budget,
      '\n',
    );
  const sentences = block.match(/[^。！？!?.;；]+[。！？!?.;；]*\s*/g) ?? [block];
  if (sentences.length > 1)
    return pack(
      sentences.flatMap((s) => fit(s, budget)),
      budget,
      '',
    );
  return hardSplit(block, budget);
}

function pack(parts: string[], budget: number, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    const next = cur ? cur + sep + p : p;
    if (cur && estimateTokens(next) > budget) {
      out.push(cur);
      cur = p;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

function hardSplit(s: string, budget: number): string[] {
  const out: string[] = [];
  let cur = '';
  let tokens = 0;
  for (const ch of s) {
    const t = estimateTokens(ch);
    if (cur && tokens + t > budget) {
      out.push(cur);
      cur = '';
      tokens = 0;
    }
    cur += ch;
    tokens += t;
  }
  if (cur) out.push(cur);
  return out;
}

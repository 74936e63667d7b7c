const OPEN = '<think>';
const CLOSE = '</think>';

/**
 * Splits `<think>…</think>` out of streamed content (NVIDIA NIM, Azure, Ollama's R1 distills put the
 * reasoning there). Tags may be cut anywhere across chunk boundaries, so a possible tag prefix at the
 * end of a chunk is held back until the next chunk decides it.
 */
export class ThinkSplitter {
  private buf = '';
  private inThink = false;
  private trimContent = false;
  private trimReasoning = false;
  private heldWs = '';

  push(delta: string): { reasoning: string; content: string } {
    this.buf += delta;
    let reasoning = '';
    let content = '';
    for (;;) {
      const tag = this.inThink ? CLOSE : OPEN;
      const at = this.buf.indexOf(tag);
      if (at >= 0) {
        const before = this.buf.slice(0, at);
        if (this.inThink) {
          reasoning += this.trimR(this.heldWs + before).trimEnd();
          this.heldWs = '';
        } else content += this.trimC(before);
        this.buf = this.buf.slice(at + tag.length);
        this.inThink = !this.inThink;
        // The model puts newlines after both tags; they belong to neither the reasoning nor the answer.
        if (this.inThink) this.trimReasoning = true;
        else this.trimContent = true;
        continue;
      }
      const keep = partialSuffix(this.buf, tag);
      const ready = this.buf.slice(0, this.buf.length - keep);
      this.buf = this.buf.slice(ready.length);
      if (this.inThink) {
        // Trailing whitespace before </think> belongs to neither part: hold it until more text comes.
        const r = this.trimR(this.heldWs + ready);
        const body = r.trimEnd();
        this.heldWs = r.slice(body.length);
        reasoning += body;
      } else content += this.trimC(ready);
      return { reasoning, content };
    }
  }

  /** End of stream: whatever was held back is released as what it turned out to be. */
  flush(): { reasoning: string; content: string } {
    const rest = this.buf;
    this.buf = '';
    this.heldWs = '';
    return this.inThink ? { reasoning: this.trimR(rest), content: '' } : { reasoning: '', content: this.trimC(rest) };
  }

  private trimC(s: string): string {
    if (!this.trimContent || s === '') return s;
    const t = s.replace(/^\s+/, '');
    if (t !== '') this.trimContent = false;
    return t;
  }

  private trimR(s: string): string {
    if (!this.trimReasoning || s === '') return s;
    const t = s.replace(/^\s+/, '');
    if (t !== '') this.trimReasoning = false;
    return t;
  }
}

/** Length of the longest suffix of s that is a proper prefix of tag. */
function partialSuffix(s: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, s.length); n > 0; n--) if (s.endsWith(tag.slice(0, n))) return n;
  return 0;
}

/** Non-streamed text: the answer without any `<think>` block, and the reasoning it held. */
export function splitThink(text: string): { reasoning: string; content: string } {
  const s = new ThinkSplitter();
  const a = s.push(text);
  const b = s.flush();
  return { reasoning: (a.reasoning + b.reasoning).trim(), content: a.content + b.content };
}

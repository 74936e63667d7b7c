/**
 * Server-sent events, as much of the format as chat completions use: `data:` lines (several of them
 * make one event, joined by newlines), `:` comment lines (DeepSeek's `: keep-alive`, ignored), other
 * fields ignored, an empty line ends an event. Text may arrive cut anywhere, CR LF or LF.
 */
export class SseParser {
  private buf = '';
  private data: string[] = [];

  /** Feeds decoded text; returns the data of every event completed by it, in order. */
  push(text: string): string[] {
    this.buf += text;
    const out: string[] = [];
    let start = 0;
    for (;;) {
      const nl = this.buf.indexOf('\n', start);
      if (nl < 0) break;
      let line = this.buf.slice(start, nl);
      start = nl + 1;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line === '') {
        if (this.data.length) out.push(this.data.join('\n'));
        this.data = [];
      } else if (line.startsWith('data:')) {
        this.data.push(line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5));
      }
    }
    this.buf = this.buf.slice(start);
    return out;
  }

  /** End of body: an event not followed by a blank line still counts. */
  flush(): string[] {
    const out = this.push('\n\n');
    this.buf = '';
    return out;
  }
}

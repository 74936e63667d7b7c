// One streamed answer timed from the client's side, two ways: through our streamChat, and through a bare
// fetch + SSE reader (no client work at all). The stream benches (llm-stream, relay) compare the two.
import { streamChat, type LlmSettings } from '../src/llm';

export type Run = { ttft: number; total: number; chars: number };

export async function viaClient(settings: LlmSettings): Promise<Run> {
  const t0 = performance.now();
  let ttft = -1;
  let chars = 0;
  for await (const e of streamChat(settings, { messages: [{ role: 'user', content: 'go' }], mode: 'fast' })) {
    if (e.type === 'content') {
      if (ttft < 0) ttft = performance.now() - t0;
      chars += e.delta.length;
    }
  }
  return { ttft, total: performance.now() - t0, chars };
}

export async function viaFetch(url: string, headers: Record<string, string>): Promise<Run> {
  const t0 = performance.now();
  let ttft = -1;
  let chars = 0;
  const res = await fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'deepseek-v4-flash', stream: true, messages: [{ role: 'user', content: 'go' }] }),
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      if (!line.startsWith('data:')) continue;
      const data = line.slice(5).trim();
      if (data === '[DONE]') continue;
      const delta = (JSON.parse(data) as { choices: { delta?: { content?: string | null } }[] }).choices[0]?.delta?.content;
      if (delta) {
        if (ttft < 0) ttft = performance.now() - t0;
        chars += delta.length;
      }
    }
  }
  return { ttft, total: performance.now() - t0, chars };
}

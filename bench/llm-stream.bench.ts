// Time to first token and total time for a 5,000-chunk stream: our streamChat (openai SDK request,
// SSE parsing, reasoning normalisation, <think> splitter, idle watchdog, optional masking) versus a bare
// fetch + SSE reader, against the same mock server, interleaved. Target: ratio ≤ 1.10.
// The server runs in a child process (this file, started with LLM_BENCH_SERVER=1) so that its pacing
// does not share an event loop with the client being measured.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LlmSettings } from '../src/llm';
import { startMockLlm } from '../tests/support/mock-llm';
import { fmt, median, peakRssMB, printTable } from './lib';
import { viaClient, viaFetch } from './stream-run';

const CHUNKS = 5_000;
const RUNS = 25;
const content = 'x'.repeat(CHUNKS);

if (process.env.LLM_BENCH_SERVER) {
  const server = await startMockLlm(() => ({ content, chunkSize: 1 }));
  console.log(JSON.stringify(server.settings));
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, LLM_BENCH_SERVER: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const settings = await new Promise<LlmSettings>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(JSON.parse(d.toString()) as LlmSettings)));
  const llm = { url: settings.baseURL };
  const ours = { ...settings, maskSensitive: false };
  const masked = { ...settings, maskSensitive: true };
  const rows: Record<string, { ttft: number[]; total: number[] }> = {
    'bare fetch SSE': { ttft: [], total: [] },
    streamChat: { ttft: [], total: [] },
    'streamChat + masking': { ttft: [], total: [] },
  };
  const record = (name: string, r: { ttft: number; total: number; chars: number }) => {
    if (r.chars !== CHUNKS) throw new Error(`${name}: got ${r.chars} characters, expected ${CHUNKS}`);
    rows[name].ttft.push(r.ttft);
    rows[name].total.push(r.total);
  };

  // Warm-up (JIT, connection pools), then interleave so drift hits every variant alike.
  for (let i = 0; i < 2; i++) {
    await viaFetch(llm.url, { authorization: 'Bearer sk-mock' });
    await viaClient(ours);
    await viaClient(masked);
  }
  // The order rotates every run: whichever variant follows another reuses its warm connection.
  const variants: [string, () => Promise<{ ttft: number; total: number; chars: number }>][] = [
    ['bare fetch SSE', () => viaFetch(llm.url, { authorization: 'Bearer sk-mock' })],
    ['streamChat', () => viaClient(ours)],
    ['streamChat + masking', () => viaClient(masked)],
  ];
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < variants.length; k++) {
      const [name, run] = variants[(i + k) % variants.length];
      (globalThis as { gc?: () => void }).gc?.();
      record(name, await run());
    }
  }
  child.stdin.end();

  const base = rows['bare fetch SSE'];
  printTable(
    Object.entries(rows).map(([name, r]) => ({
      variant: name,
      'TTFT ms (median)': fmt(median(r.ttft), 2),
      'total ms (median)': fmt(median(r.total), 1),
      'TTFT ratio': fmt(median(r.ttft) / median(base.ttft), 2),
      'total ratio': fmt(median(r.total) / median(base.total), 2),
    })),
  );
  console.log(`${CHUNKS} chunks per stream, ${RUNS} runs each; peak RSS ${fmt(peakRssMB())} MB; target total ratio ≤ 1.10`);
}

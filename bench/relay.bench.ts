// Time to first token and total time for a 5,000-chunk stream through the local relay versus straight
// to the same server, in the same run. Target: relay/direct ≤ 1.10.
// Three processes, as in use: the model server (this file with RELAY_BENCH_SERVER=1), the real
// `dsplus relay` in front of it, and this one measuring. Each variant is measured twice: through
// streamChat (what the pane runs) and through a bare fetch + SSE reader (the relay's own cost, with no
// client work to hide it). Interleaved, the order reversed every other round, 40 runs each.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { streamChat, type LlmSettings } from '../src/llm';
import { startMockLlm } from '../tests/support/mock-llm';
import { fmt, median, peakRssMB, printTable } from './lib';

const CHUNKS = 5_000;
const RUNS = 40;
const KEY = 'sk-bench-relay-key';
const content = 'x'.repeat(CHUNKS);

type Run = { ttft: number; total: number; chars: number };

async function viaClient(settings: LlmSettings): Promise<Run> {
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

async function viaFetch(url: string, headers: Record<string, string>): Promise<Run> {
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

/** CPU time (user + system, ms) a process has used so far; undefined where /proc is missing. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return undefined;
  }
}

/** Resolves with the first stdout line matching `pattern`. */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m) resolve(m);
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

if (process.env.RELAY_BENCH_SERVER) {
  const server = await startMockLlm(() => ({ content, chunkSize: 1 }), { requireKey: KEY });
  console.log(JSON.stringify(server.settings));
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  const model = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, RELAY_BENCH_SERVER: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const direct = JSON.parse((await waitFor(model, /^\{.*\}$/m))[0]) as LlmSettings;
  const relayProc = spawn(process.execPath, [fileURLToPath(new URL('../bin/dsplus.js', import.meta.url)), 'relay', '--port', '0'], {
    env: {
      ...process.env,
      DSPLUS_CONFIG: '/nonexistent/dsplus.json',
      DSPLUS_PROVIDER: 'deepseek',
      DSPLUS_BASE_URL: direct.baseURL,
      DSPLUS_API_KEY: KEY,
      DSPLUS_LANG: 'en-US',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const relayURL = (await waitFor(relayProc, /relay URL (\S+)/))[1];
  const relayed: LlmSettings = { ...direct, apiKey: '', connection: 'relay', baseURL: relayURL };

  const variants: [string, () => Promise<Run>][] = [
    ['fetch SSE, direct', () => viaFetch(direct.baseURL, { authorization: `Bearer ${KEY}` })],
    ['fetch SSE, through the relay', () => viaFetch(relayURL, {})],
    ['streamChat, direct', () => viaClient(direct)],
    ['streamChat, through the relay', () => viaClient(relayed)],
  ];
  const rows: Record<string, { ttft: number[]; total: number[] }> = Object.fromEntries(variants.map(([n]) => [n, { ttft: [], total: [] }]));
  // Warm-up (JIT, kept-alive connections on both hops), then interleave so drift hits every variant alike.
  for (let i = 0; i < 2; i++) for (const [, run] of variants) await run();
  const cpu0 = { relay: cpuMs(relayProc.pid), model: cpuMs(model.pid) };
  // Each round runs every variant once, the order reversed every other round, so each relay variant is
  // measured as often right before as right after its direct twin.
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? variants : [...variants].reverse();
    for (const [name, run] of order) {
      (globalThis as { gc?: () => void }).gc?.();
      const r = await run();
      if (r.chars !== CHUNKS) throw new Error(`${name}: got ${r.chars} characters, expected ${CHUNKS}`);
      rows[name].ttft.push(r.ttft);
      rows[name].total.push(r.total);
    }
  }
  const cpu1 = { relay: cpuMs(relayProc.pid), model: cpuMs(model.pid) };
  model.stdin!.end();
  relayProc.kill('SIGINT');

  const baseOf = (name: string) => rows[name.replace('through the relay', 'direct')];
  printTable(
    Object.entries(rows).map(([name, r]) => ({
      variant: name,
      'TTFT ms (median)': fmt(median(r.ttft), 2),
      'total ms (median)': fmt(median(r.total), 1),
      'TTFT relay/direct': name.includes('relay') ? fmt(median(r.ttft) / median(baseOf(name).ttft), 2) : '',
      'total relay/direct': name.includes('relay') ? fmt(median(r.total) / median(baseOf(name).total), 2) : '',
    })),
  );
  console.log(
    `${CHUNKS} chunks per stream, ${RUNS} runs each; model server, relay and client in three processes; peak RSS ${fmt(peakRssMB())} MB (client); target relay/direct ≤ 1.10`,
  );
  if (cpu0.relay !== undefined && cpu1.relay !== undefined && cpu0.model !== undefined && cpu1.model !== undefined) {
    // What the relay costs whatever the machine's load: its own CPU per relayed stream, next to the model server's per stream.
    console.log(
      `CPU per stream: relay ${fmt((cpu1.relay - cpu0.relay) / (2 * RUNS))} ms (per relayed stream), model server ${fmt((cpu1.model - cpu0.model) / (4 * RUNS))} ms`,
    );
  }
  console.log(
    `load average during the run: ${loadavg()
      .map((x) => fmt(x))
      .join(', ')}`,
  );
}

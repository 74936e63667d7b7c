// Time to first token and total time through the local relay versus straight to the same server, in the
// same run. Target: relay/direct ≤ 1.10.
// Processes as in use: the model servers (this file with RELAY_BENCH_SERVER=1), the real `dsplus relay`
// in front of them, and this one measuring; plus a bare pipe proxy (this file with RELAY_BENCH_PIPE=url,
// twenty lines of node:http) — the floor any extra local HTTP hop costs, the baseline the relay's own
// overhead is judged against.
// Two servers: "instant" answers at once with 5,000 one-character chunks (the worst case: the hop's
// fixed cost is all there is to see); "provider-like" waits 300 ms before its first token, as a provider
// does while the model reads the prompt (DeepSeek's is 0.5–3 s), then streams 5,000 characters in
// 8-character chunks. Each variant is read through streamChat (what the pane runs) and through a bare
// fetch + SSE reader. Interleaved, the order reversed every other round.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LlmSettings } from '../src/llm';
import { startMockLlm } from '../tests/support/mock-llm';
import { fmt, median, peakRssMB, printTable } from './lib';
import { viaClient, viaFetch, type Run } from './stream-run';

const CHUNKS = 5_000;
const RUNS = 30;
const PROVIDER_WAIT_MS = 300;
const KEY = 'sk-bench-relay-key';
const content = 'x'.repeat(CHUNKS);

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
  const instant = await startMockLlm(() => ({ content, chunkSize: 1 }), { requireKey: KEY });
  const paced = await startMockLlm(() => ({ content, stallMs: PROVIDER_WAIT_MS, stallAfterChunks: 0 }), { requireKey: KEY });
  console.log(JSON.stringify({ instant: instant.settings.baseURL, paced: paced.settings.baseURL }));
  process.stdin.resume();
  process.stdin.on('end', () => void Promise.all([instant.close(), paced.close()]).then(() => process.exit(0)));
} else if (process.env.RELAY_BENCH_PIPE) {
  // The floor: a proxy that only pipes (kept-alive upstream, no checks, no header work).
  const target = new URL(process.env.RELAY_BENCH_PIPE);
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.setNoDelay(true);
    req.pipe(up);
  });
  server.listen(0, '127.0.0.1', () => console.log(`pipe ${JSON.stringify(server.address())}`));
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
} else {
  await main();
}

type Variant = [name: string, direct: () => Promise<Run>, relay: () => Promise<Run>, pipe: () => Promise<Run>];

async function measure(variants: Variant[]) {
  const rows = variants.map(([name]) => ({
    name,
    direct: { ttft: [] as number[], total: [] as number[] },
    relay: { ttft: [] as number[], total: [] as number[] },
    pipe: { ttft: [] as number[], total: [] as number[] },
  }));
  const runOne = async (row: (typeof rows)[number], kind: 'direct' | 'relay' | 'pipe', run: () => Promise<Run>) => {
    (globalThis as { gc?: () => void }).gc?.();
    const r = await run();
    if (r.chars !== CHUNKS) throw new Error(`${row.name} (${kind}): got ${r.chars} characters, expected ${CHUNKS}`);
    row[kind].ttft.push(r.ttft);
    row[kind].total.push(r.total);
  };
  // Warm-up (JIT, kept-alive connections on every hop), then interleave so drift hits every variant alike:
  // each round runs every path once, the order reversed every other round.
  for (const [, ...paths] of variants) for (const run of paths) await run();
  for (let i = 0; i < RUNS; i++) {
    for (const [vi, [, direct, relay, pipe]] of variants.entries()) {
      const order: ['direct' | 'relay' | 'pipe', () => Promise<Run>][] = [
        ['direct', direct],
        ['relay', relay],
        ['pipe', pipe],
      ];
      for (const [kind, run] of i % 2 === 0 ? order : order.reverse()) await runOne(rows[vi], kind, run);
    }
  }
  return rows;
}

async function main() {
  const model = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, RELAY_BENCH_SERVER: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const servers = JSON.parse((await waitFor(model, /^\{.*\}$/m))[0]) as { instant: string; paced: string };
  const relayFor = async (baseURL: string) => {
    const proc = spawn(process.execPath, [fileURLToPath(new URL('../bin/dsplus.js', import.meta.url)), 'relay', '--port', '0'], {
      env: {
        ...process.env,
        DSPLUS_CONFIG: '/nonexistent/dsplus.json',
        DSPLUS_PROVIDER: 'deepseek',
        DSPLUS_BASE_URL: baseURL,
        DSPLUS_API_KEY: KEY,
        DSPLUS_LANG: 'en-US',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return { proc, url: (await waitFor(proc, /relay URL (\S+)/))[1] };
  };
  const pipeFor = async (baseURL: string) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, RELAY_BENCH_PIPE: baseURL },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const port = (JSON.parse((await waitFor(proc, /^pipe (\{.*\})$/m))[1]) as { port: number }).port;
    return { proc, url: `http://127.0.0.1:${port}` };
  };
  const relays = { instant: await relayFor(servers.instant), paced: await relayFor(servers.paced) };
  const pipes = { instant: await pipeFor(servers.instant), paced: await pipeFor(servers.paced) };

  const bearer = { authorization: `Bearer ${KEY}` };
  const settings = (baseURL: string, apiKey = KEY): LlmSettings =>
    ({
      provider: 'deepseek',
      baseURL,
      apiKey,
      fastModel: 'deepseek-v4-flash',
      deepModel: 'deepseek-v4-flash',
      maskSensitive: false,
      connectTimeoutMs: 5_000,
      idleTimeoutMs: 5_000,
      maxRetries: 0,
    }) as LlmSettings;
  const variants: Variant[] = (['instant', 'paced'] as const).flatMap((k): Variant[] => [
    [`${k}: fetch SSE`, () => viaFetch(servers[k], bearer), () => viaFetch(relays[k].url, {}), () => viaFetch(pipes[k].url, bearer)],
    [
      `${k}: streamChat`,
      () => viaClient(settings(servers[k])),
      () => viaClient({ ...settings(relays[k].url, ''), connection: 'relay' }),
      () => viaClient(settings(pipes[k].url)),
    ],
  ]);
  const cpu0 = cpuMs(relays.instant.proc.pid);
  const rows = await measure(variants);
  const cpu1 = cpuMs(relays.instant.proc.pid);
  model.stdin!.end();
  for (const p of Object.values(pipes)) p.proc.stdin!.end();
  for (const r of Object.values(relays)) r.proc.kill('SIGINT');

  const m = (xs: number[]) => median(xs);
  printTable(
    rows.map((r) => ({
      variant: r.name.replace('instant', 'instant server').replace('paced', `provider-like (${PROVIDER_WAIT_MS} ms wait)`),
      'TTFT ms direct / relay / pipe': `${fmt(m(r.direct.ttft), 1)} / ${fmt(m(r.relay.ttft), 1)} / ${fmt(m(r.pipe.ttft), 1)}`,
      'total ms direct / relay / pipe': `${fmt(m(r.direct.total), 1)} / ${fmt(m(r.relay.total), 1)} / ${fmt(m(r.pipe.total), 1)}`,
      'relay/direct TTFT': fmt(m(r.relay.ttft) / m(r.direct.ttft), 2),
      'relay/direct total': fmt(m(r.relay.total) / m(r.direct.total), 2),
      'relay/pipe TTFT': fmt(m(r.relay.ttft) / m(r.pipe.ttft), 2),
      'relay/pipe total': fmt(m(r.relay.total) / m(r.pipe.total), 2),
    })),
  );
  console.log(
    `${CHUNKS} characters per stream, ${RUNS} runs of each path; "pipe" is a bare node:http proxy in its own process (the floor of any extra hop); peak RSS ${fmt(peakRssMB())} MB (client); target relay/direct ≤ 1.10`,
  );
  if (cpu0 !== undefined && cpu1 !== undefined) {
    // What the relay costs whatever the machine's load: its own CPU per relayed stream of the instant server.
    console.log(`relay CPU per instant stream (5,000 chunks): ${fmt((cpu1 - cpu0) / (2 * RUNS + 2))} ms`);
  }
  console.log(
    `load average during the run: ${loadavg()
      .map((x) => fmt(x))
      .join(', ')}`,
  );
}

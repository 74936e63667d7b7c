/**
 * A local model server that speaks the DeepSeek / OpenAI chat-completions wire format, for tests,
 * e2e runs and benchmarks. Nothing here reaches the internet.
 *
 *   const llm = await startMockLlm((body, i) => ({ content: '你好', reasoning: '先想一想' }));
 *   await completeChat(llm.settings, { messages: [...], mode: 'fast' });
 *   expect(llm.requests[0].messages).toEqual(...);   // recorded request bodies, in order
 *   await llm.close();
 *
 * - `{ content, toolCalls: [{ id, name, arguments }] }` streams tool-call deltas (fragments by index) and
 *   ends with finish_reason 'tool_calls'.
 * Endpoints (with or without a `/v1` prefix): `POST /chat/completions` (stream and non-stream),
 * `GET /models`, `GET /user/balance`, and `OPTIONS *` with permissive CORS so the browser pane can call it.
 * DeepSeek's tools: `POST /v1/tools/search` ({query, count} → {results}), `POST /v1/tools/fetch`
 * ({url} → {title, content}) and `POST /v1/tools/ocr` (multipart `file` + `purpose` → blank keep-alive
 * lines, then {page_count, pages}), each scripted by `options.tools.<name>(body, i)`, which returns the
 * reply body or `{ status: 401|402|429|…, retryAfter? }`; defaults answer sensibly. Each call is recorded
 * in `toolRequests` ({tool, body, headers}; for OCR the body is {fields, fileName, fileSize, purpose}).
 * `GET /search?q=…&format=json` plays a SearXNG instance (`options.searxng`).
 *
 * A handler gets the parsed request body and the 0-based request index and returns a Reply:
 * - `{ content, reasoning?, usage?, thinkTags?, reasoningField?, chunkSize?, chunkDelayMs?, finishReason?, holdUntil? }`
 *   A streamed answer is: `: keep-alive`, a role chunk, reasoning deltas (`reasoning_content`, or
 *   `reasoning` when reasoningField says so, or `<think>…</think>` inside content when thinkTags),
 *   another `: keep-alive`, content deltas of `chunkSize` characters (default 8), a chunk with
 *   finish_reason, a usage chunk (`choices: []`, with prompt_cache_hit/miss_tokens and
 *   completion_tokens_details.reasoning_tokens), then `data: [DONE]`. `holdUntil` (a promise) holds the
 *   stream after the last content delta until it settles: a test can see chunks arrive before the end exists.
 * - `{ status: 400|401|402|422|429|500|503, message?, retryAfter? }` an HTTP error with DeepSeek's
 *   error body; `retryAfter` (seconds) sets the Retry-After header.
 * - `{ cutAfterChunks: n, content?, reasoning? }` sends n SSE data chunks then destroys the socket.
 * - `{ stallMs: n, stallAfterChunks?, beforeHeaders?, keepAliveEveryMs?, content?, reasoning? }` goes
 *   silent for n ms (after headers and `stallAfterChunks` chunks, default 1; or before sending any
 *   header), optionally sending only `: keep-alive` comments, then finishes normally if the client
 *   is still there.
 * Without a handler the server answers "Mock answer: <last user message>" (with reasoning when the
 * request asks for thinking; a JSON object when the request asks for JSON mode), and a minutes request
 * (the minutes prompt's system message) with WEEKLY_MEETING from tests/support/minutes-record.ts: a record
 * with a place, an action item in progress and an open question.
 *
 * `settings` is an LlmSettings pointing at the server (provider 'deepseek', key 'sk-mock',
 * maskSensitive false, maxRetries 0 so a scripted failure surfaces at once; spread and override).
 * `disconnects` counts responses the client closed before the server finished (cancel checks).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LlmSettings } from '../../src/llm/settings';
import { WEEKLY_MEETING } from './minutes-record';

export interface MockUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_cache_hit_tokens?: number;
  prompt_cache_miss_tokens?: number;
  completion_tokens_details?: { reasoning_tokens?: number };
}

export interface AnswerReply {
  content: string;
  reasoning?: string;
  usage?: MockUsage;
  /** Send reasoning as `<think>…</think>` at the start of content (NVIDIA NIM, Azure, Ollama distills). */
  thinkTags?: boolean;
  /** Which delta field carries reasoning (default reasoning_content, as DeepSeek). */
  reasoningField?: 'reasoning_content' | 'reasoning';
  chunkSize?: number;
  chunkDelayMs?: number;
  finishReason?: 'stop' | 'length' | 'content_filter' | 'tool_calls';
  /** Streamed answers wait here, after the last content delta and before the finish chunk. */
  holdUntil?: Promise<unknown>;
  /**
   * Tool calls, streamed the OpenAI way after the content: per call a first fragment with index, id,
   * type and name, then its arguments in `chunkSize` pieces under the same index; with `interleave` the
   * calls' argument fragments alternate. finish_reason becomes 'tool_calls'.
   */
  toolCalls?: { id: string; name: string; arguments: string }[];
  interleaveToolCalls?: boolean;
}

export interface FailureReply {
  status: 400 | 401 | 402 | 403 | 404 | 408 | 409 | 422 | 429 | 500 | 502 | 503;
  message?: string;
  retryAfter?: number;
}

export interface CutReply {
  cutAfterChunks: number;
  content?: string;
  reasoning?: string;
}

export interface StallReply {
  stallMs: number;
  stallAfterChunks?: number;
  beforeHeaders?: boolean;
  /** During the stall, send `: keep-alive` comments this often (as DeepSeek does while queueing). */
  keepAliveEveryMs?: number;
  content?: string;
  reasoning?: string;
}

export type MockReply = AnswerReply | FailureReply | CutReply | StallReply;

export interface MockChatBody {
  model: string;
  messages: { role: string; content: string; [k: string]: unknown }[];
  stream?: boolean;
  [k: string]: unknown;
}

export type MockHandler = (body: MockChatBody, requestIndex: number) => MockReply | Promise<MockReply>;

export type ToolReply = Record<string, unknown> | FailureReply;
export type ToolHandler = (body: Record<string, unknown>, index: number) => ToolReply | Promise<ToolReply>;

export interface ToolRequest {
  tool: 'search' | 'fetch' | 'ocr' | 'searxng';
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** What the default Search handler answers: three results about the query, with dates and sites. */
export function mockSearchResults(query: string): Record<string, unknown>[] {
  return [1, 2, 3].map((n) => ({
    rerank_score: 3 - n * 0.5,
    title: `${query} — source ${n}`,
    url: `https://example.org/${encodeURIComponent(query.slice(0, 20))}/${n}`,
    snippet: `Snippet ${n} about ${query}.`,
    summary: `Summary ${n} about ${query}.`,
    content: '',
    site_name: `Example ${n}`,
    site_icon: `https://example.org/icon${n}.png`,
    date: `2026-0${n}-01T00:00:00+00:00`,
    authority: 2,
  }));
}

const defaultTools: Record<'search' | 'fetch' | 'ocr', ToolHandler> = {
  search: (b) => ({ results: mockSearchResults(String(b.query ?? '')) }),
  fetch: (b) => ({ title: `Page at ${String(b.url)}`, content: `# Page\n\nThe text of ${String(b.url)}.` }),
  ocr: (b) => ({
    id: 'ocr-mock',
    object: 'ocr.result',
    created: 0,
    purpose: b.purpose,
    page_count: 1,
    pages: [
      {
        index: 0,
        text: '<|ref|>title<|/ref|><|det|>[[10, 10, 500, 40]]<|/det|>\n# 扫描件标题\n\n<|ref|>text<|/ref|><|det|>[[10, 60, 500, 200]]<|/det|>\n这是识别出的正文。',
        finish_reason: 'stop',
      },
    ],
    usage: {},
  }),
};

export interface MockOptions {
  /** Scripted replies for DeepSeek's Search, Fetch and OCR endpoints (see the header). */
  tools?: Partial<Record<'search' | 'fetch' | 'ocr', ToolHandler>>;
  /** SearXNG: results for `GET /search?q=…&format=json`; `{status: 403}` as when JSON is not enabled. */
  searxng?: (q: string) => ToolReply;
  /** null → GET /models answers 404 (servers without a model list). */
  models?: string[] | null;
  /** null → GET /user/balance answers 404 (providers other than DeepSeek have no such endpoint). */
  balance?: { currency: string; total: string } | null;
  /** When set, any other bearer key gets 401 on every endpoint. */
  requireKey?: string;
  /** false → no CORS headers at all, so a browser blocks the response (for CORS error tests). */
  cors?: boolean;
}

export interface MockLlm {
  url: string;
  toolRequests: ToolRequest[];
  settings: LlmSettings;
  requests: MockChatBody[];
  requestHeaders: Record<string, string | string[] | undefined>[];
  disconnects: number;
  setHandler(fn: MockHandler): void;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'insufficient_balance',
  422: 'invalid_parameters',
  429: 'rate_limit_reached',
};

export const defaultMockHandler: MockHandler = (body) => {
  const last = [...body.messages].reverse().find((m) => m.role === 'user');
  const question = typeof last?.content === 'string' ? last.content : '';
  const wantsThinking = isThinkingRequest(body);
  const rf = body.response_format as { type?: string } | undefined;
  const system = body.messages
    .filter((m) => m.role === 'system')
    .map((m) => String(m.content))
    .join('\n');
  if (/会议秘书|meeting secretary/.test(system)) return { content: JSON.stringify(WEEKLY_MEETING) };
  if (rf?.type === 'json_object') return { content: JSON.stringify({ answer: `Mock answer: ${question.slice(0, 80)}` }) };
  return { content: `Mock answer: ${question.slice(0, 200)}`, reasoning: wantsThinking ? 'Mock reasoning: the user asked a question.' : undefined };
};

function isThinkingRequest(body: MockChatBody): boolean {
  const thinking = body.thinking as { type?: string } | undefined;
  const reasoning = body.reasoning as { enabled?: boolean } | undefined;
  return thinking?.type === 'enabled' || body.enable_thinking === true || reasoning?.enabled === true || /reason|r1|deep/i.test(body.model);
}

function roughTokens(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 0.6 : 0.3;
  return Math.max(1, Math.ceil(n));
}

function defaultUsage(body: MockChatBody, content: string, reasoning: string): MockUsage {
  const prompt = roughTokens(body.messages.map((m) => String(m.content)).join('\n'));
  const reasoningTokens = reasoning ? roughTokens(reasoning) : 0;
  const completion = roughTokens(content) + reasoningTokens;
  const hit = Math.floor(prompt / 2);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_cache_hit_tokens: hit,
    prompt_cache_miss_tokens: prompt - hit,
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
}

function pieces(s: string, size: number): string[] {
  const chars = Array.from(s);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<string>;
async function readBody(req: IncomingMessage, binary: true): Promise<Uint8Array>;
async function readBody(req: IncomingMessage, binary?: boolean): Promise<string | Uint8Array> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  const all = Buffer.concat(parts);
  return binary ? new Uint8Array(all) : all.toString('utf8');
}

export async function startMockLlm(handler: MockHandler = defaultMockHandler, options: MockOptions = {}): Promise<MockLlm> {
  let current = handler;
  const requests: MockChatBody[] = [];
  const requestHeaders: Record<string, string | string[] | undefined>[] = [];
  const toolRequests: ToolRequest[] = [];
  const state = { disconnects: 0 };
  const models = options.models === undefined ? ['deepseek-flash', 'deepseek-v4-pro'] : options.models;
  const balance = options.balance === undefined ? { currency: 'CNY', total: '110.00' } : options.balance;

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    if (options.cors === false) return;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    // `*` does not cover Authorization in Chromium, so echo what the preflight asked for.
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
    res.setHeader('Access-Control-Max-Age', '600');
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  const fail = (res: ServerResponse, r: FailureReply) => {
    const headers: Record<string, string> = {};
    if (r.retryAfter !== undefined) headers['retry-after'] = String(r.retryAfter);
    json(
      res,
      r.status,
      { error: { message: r.message ?? `Mock ${r.status}`, type: ERROR_TYPES[r.status] ?? 'server_error', param: null, code: 'invalid_request_error' } },
      headers,
    );
  };

  const server = createServer((req, res) => {
    void (async () => {
      cors(req, res);
      const path = (req.url ?? '/').split('?')[0].replace(/^\/v1(?=\/)/, '');
      if (req.method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
      if (options.requireKey && req.headers.authorization !== `Bearer ${options.requireKey}`) {
        fail(res, { status: 401, message: 'Authentication Fails, Your api key is invalid' });
        return;
      }
      if (req.method === 'GET' && path === '/models') {
        if (!models) return json(res, 404, { error: { message: 'Not Found' } });
        json(res, 200, { object: 'list', data: models.map((id) => ({ id, object: 'model', owned_by: 'mock' })) });
        return;
      }
      if (req.method === 'GET' && path === '/user/balance') {
        if (!balance) return json(res, 404, { error: { message: 'Not Found' } });
        json(res, 200, {
          is_available: true,
          balance_infos: [{ currency: balance.currency, total_balance: balance.total, granted_balance: '0.00', topped_up_balance: balance.total }],
        });
        return;
      }
      const tool = /^\/tools\/(search|fetch|ocr)$/.exec(path)?.[1] as 'search' | 'fetch' | 'ocr' | undefined;
      if (req.method === 'POST' && tool) {
        const raw = Buffer.from(await readBody(req, true));
        let body: Record<string, unknown>;
        if (tool === 'ocr') {
          const form = await new Response(raw, { headers: { 'content-type': String(req.headers['content-type'] ?? '') } }).formData();
          const file = form.get('file') as File | null;
          body = { fields: [...form.keys()], fileName: file?.name, fileSize: file?.size, purpose: form.get('purpose') };
        } else body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        const index = toolRequests.filter((r) => r.tool === tool).length;
        toolRequests.push({ tool, body, headers: { ...req.headers } });
        const reply = await (options.tools?.[tool] ?? defaultTools[tool])(body, index);
        if ('status' in reply && typeof reply.status === 'number') return fail(res, reply as FailureReply);
        if (tool === 'ocr') {
          // DeepSeek sends newlines while it reads the file, then the JSON.
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.write('\n\n');
          res.end(JSON.stringify(reply));
          return;
        }
        return json(res, 200, reply);
      }
      if (req.method === 'GET' && path === '/search' && options.searxng) {
        const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
        toolRequests.push({
          tool: 'searxng',
          body: { q, format: new URL(req.url ?? '/', 'http://x').searchParams.get('format') },
          headers: { ...req.headers },
        });
        const reply = options.searxng(q);
        if ('status' in reply && typeof reply.status === 'number') return fail(res, reply as FailureReply);
        return json(res, 200, reply);
      }
      if (req.method !== 'POST' || path !== '/chat/completions') {
        json(res, 404, { error: { message: `No route ${req.method} ${path}` } });
        return;
      }
      const body = JSON.parse(await readBody(req)) as MockChatBody;
      const index = requests.length;
      requests.push(body);
      requestHeaders.push({ ...req.headers });
      let finished = false;
      res.on('close', () => {
        if (!finished) state.disconnects++;
      });
      const reply = await current(body, index);
      await respond(res, body, reply);
      finished = true;
    })().catch((e: unknown) => {
      if (!res.headersSent) json(res, 500, { error: { message: `mock crashed: ${String(e)}` } });
      else res.destroy();
    });
  });

  const respond = async (res: ServerResponse, body: MockChatBody, reply: MockReply) => {
    if ('status' in reply) return fail(res, reply);
    const stall = 'stallMs' in reply ? reply : undefined;
    if (stall?.beforeHeaders) {
      await sleep(stall.stallMs);
      if (res.destroyed) return;
    }
    const content = reply.content ?? 'Mock answer.';
    const reasoning = reply.reasoning ?? '';
    const answer: AnswerReply = 'cutAfterChunks' in reply || 'stallMs' in reply ? { content, reasoning } : reply;
    const id = `mock-${Date.now()}`;
    const created = Math.floor(Date.now() / 1000);
    const usage = answer.usage ?? defaultUsage(body, content, reasoning);

    if (!body.stream) {
      const thinkText = answer.thinkTags && reasoning ? `<think>\n${reasoning}\n</think>\n\n` : '';
      const message: Record<string, unknown> = { role: 'assistant', content: thinkText + content };
      if (reasoning && !answer.thinkTags) message[answer.reasoningField ?? 'reasoning_content'] = reasoning;
      json(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [{ index: 0, message, logprobs: null, finish_reason: answer.finishReason ?? 'stop' }],
        usage,
        system_fingerprint: 'fp_mock',
      });
      return;
    }

    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const frame = (delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, system_fingerprint: 'fp_mock', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...extra })}\n\n`;
    const size = answer.chunkSize ?? 8;
    const field = answer.reasoningField ?? 'reasoning_content';
    const frames: string[] = [frame({ role: 'assistant', content: answer.thinkTags ? '' : null, ...(answer.thinkTags ? {} : { [field]: '' }) })];
    if (answer.thinkTags) {
      if (reasoning) for (const p of pieces(`<think>\n${reasoning}\n</think>\n\n`, size)) frames.push(frame({ content: p }));
    } else {
      for (const p of pieces(reasoning, size)) frames.push(frame({ content: null, [field]: p }));
    }
    const keepAliveAt = frames.length;
    for (const p of pieces(content, size)) frames.push(frame(answer.thinkTags ? { content: p } : { content: p, [field]: null }));
    const calls = answer.toolCalls ?? [];
    calls.forEach((c, index) =>
      frames.push(frame({ content: null, tool_calls: [{ index, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] })),
    );
    const argFrames = calls.map((c, index) =>
      pieces(c.arguments, size).map((p) => frame({ content: null, tool_calls: [{ index, function: { arguments: p } }] })),
    );
    if (answer.interleaveToolCalls) {
      for (let i = 0; argFrames.some((f) => i < f.length); i++) for (const f of argFrames) if (f[i]) frames.push(f[i]);
    } else for (const f of argFrames) frames.push(...f);
    const holdAt = frames.length;
    frames.push(frame({ content: '' }, answer.finishReason ?? (calls.length ? 'tool_calls' : 'stop')));
    frames.push(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, system_fingerprint: 'fp_mock', choices: [], usage })}\n\n`,
    );

    res.write(': keep-alive\n\n');
    const cutAt = 'cutAfterChunks' in reply ? reply.cutAfterChunks : Infinity;
    const stallAt = stall && !stall.beforeHeaders ? (stall.stallAfterChunks ?? 1) : -1;
    // Each frame is its own write, with a turn of the event loop between frames, so the client sees
    // the stream arrive piece by piece as it would from a provider (not as one burst).
    for (let i = 0; i < frames.length; i++) {
      if (res.destroyed) return;
      if (i === cutAt) {
        await sleep(20);
        res.destroy();
        return;
      }
      if (i === holdAt && answer.holdUntil) {
        await answer.holdUntil;
        if (res.destroyed) return;
      }
      if (i === stallAt) {
        const until = Date.now() + (stall?.stallMs ?? 0);
        while (Date.now() < until && !res.destroyed) {
          const step = Math.min(stall?.keepAliveEveryMs ?? Infinity, until - Date.now());
          await sleep(step);
          if (stall?.keepAliveEveryMs && !res.destroyed && Date.now() < until) res.write(': keep-alive\n\n');
        }
        if (res.destroyed) return;
      }
      res.write(i === keepAliveAt ? `: keep-alive\n\n${frames[i]}` : frames[i]);
      if (answer.chunkDelayMs) await sleep(answer.chunkDelayMs);
      else await new Promise((r) => setImmediate(r));
    }
    res.write('data: [DONE]\n\n');
    res.end();
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    settings: {
      provider: 'deepseek',
      baseURL: url,
      apiKey: options.requireKey ?? 'sk-mock',
      fastModel: 'deepseek-flash',
      deepModel: 'deepseek-flash',
      maskSensitive: false,
      connectTimeoutMs: 5_000,
      idleTimeoutMs: 5_000,
      maxRetries: 0,
    },
    requests,
    requestHeaders,
    toolRequests,
    get disconnects() {
      return state.disconnects;
    },
    setHandler(fn: MockHandler) {
      current = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

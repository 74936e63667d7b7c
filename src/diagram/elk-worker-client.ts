import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkApi, ElkLoader } from './elk-loader';

// ELK in a Web Worker, for the pane: a 300-box layout takes a second or more of CPU, and on the page's
// main thread that second freezes typing, scrolling and every button. The worker speaks elkjs's own
// protocol (elkjs/lib/elk-worker.min.js behind elkjs/lib/elk-api.js). Layouts run one at a time; one
// that is cancelled while it runs stops the worker itself (ELK cannot be interrupted otherwise), and the
// next layout starts a fresh one. If the worker cannot start at all (a browser or policy that refuses
// it), layouts run on the main thread as before rather than not at all.

/** What the client needs of a Worker (a real one in the pane, a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

interface Reply {
  id: number;
  data?: ElkNode;
  error?: unknown;
}

const ALGORITHMS = ['layered'];

/** One worker: messages numbered as elk-api numbers them, answers matched by number. */
function connect(worker: WorkerLike, onBroken: (why: unknown) => void) {
  const pending = new Map<number, { resolve(v: ElkNode): void; reject(e: unknown): void }>();
  let next = 0;
  worker.onmessage = (event) => {
    const reply = event.data as Reply;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.error) p.reject(reply.error instanceof Error ? reply.error : new Error(String((reply.error as { message?: string }).message ?? reply.error)));
    else p.resolve(reply.data as ElkNode);
  };
  worker.addEventListener('error', (event) => {
    const why = new Error(`The layout worker failed: ${String((event as { message?: string }).message ?? 'it could not start')}`);
    for (const p of pending.values()) p.reject(why);
    pending.clear();
    onBroken(why);
  });
  const send = (message: Record<string, unknown>) =>
    new Promise<ElkNode>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  // elk-api registers the algorithms first; the worker keeps them for every later layout.
  void send({ cmd: 'register', algorithms: ALGORITHMS }).catch(() => undefined);
  return {
    layout: (graph: ElkNode) => send({ cmd: 'layout', graph, layoutOptions: {}, options: { logging: false, measureExecutionTime: false } }),
    stop() {
      worker.terminate();
      pending.clear();
    },
  };
}

/**
 * A loader for useElkLoader(): layouts in a worker made by `makeWorker`, one at a time, each cancellable
 * through the signal given to layout(); `fallback` lays out on this thread when no worker can run.
 */
export function workerElkLoader(makeWorker: () => WorkerLike, fallback: ElkLoader): ElkLoader {
  return async () => {
    let current: ReturnType<typeof connect> | null = null;
    let broken = false;
    let queue: Promise<unknown> = Promise.resolve();
    const start = () => {
      const c = connect(makeWorker(), () => {
        broken = true;
        if (current === c) current = null;
        c.stop();
      });
      return c;
    };
    const run = async (graph: ElkNode, signal?: AbortSignal): Promise<ElkNode> => {
      signal?.throwIfAborted();
      if (broken) return (await fallback()).layout(graph, signal);
      let c: ReturnType<typeof connect>;
      try {
        c = current ??= start();
      } catch {
        broken = true;
        return (await fallback()).layout(graph, signal);
      }
      return new Promise<ElkNode>((resolve, reject) => {
        const abort = () => {
          // The layout cannot be interrupted inside ELK: the worker goes, the next layout starts another.
          if (current === c) current = null;
          c.stop();
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', abort, { once: true });
        c.layout(graph)
          .then(resolve, (e: unknown) =>
            broken
              ? fallback()
                  .then((f) => f.layout(graph, signal))
                  .then(resolve, reject)
              : reject(e),
          )
          .finally(() => signal?.removeEventListener('abort', abort));
      });
    };
    const api: ElkApi = {
      layout(graph, signal) {
        const job = queue.then(
          () => run(graph, signal),
          () => run(graph, signal),
        );
        queue = job.catch(() => undefined);
        return job;
      },
    };
    return api;
  };
}

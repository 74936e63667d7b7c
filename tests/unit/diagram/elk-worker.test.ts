import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { importBundled } from '../../../src/diagram/elk-loader';
import { workerElkLoader, type WorkerLike } from '../../../src/diagram/elk-worker-client';

// The pane's layouts in a worker: the same result as on the main thread, one layout at a time, a layout
// cancelled while it runs stops its worker (the next one gets a fresh worker), a cancelled layout still
// waiting is never sent, and a worker that cannot start leaves the layouts to the main thread.

/** A stand-in Worker speaking elkjs's worker protocol, with real ELK behind it; `hold` keeps answers back. */
function fakeWorkers(opts: { hold?: boolean; failToStart?: boolean } = {}) {
  const made: Array<{ posted: Array<{ cmd: string; id: number }>; terminated: boolean; release(): void }> = [];
  const make = (): WorkerLike => {
    const held: Array<() => void> = [];
    const errorListeners: Array<(e: unknown) => void> = [];
    const w = {
      posted: [] as Array<{ cmd: string; id: number }>,
      terminated: false,
      release: () => held.splice(0).forEach((f) => f()),
    };
    made.push(w);
    const worker: WorkerLike = {
      onmessage: null,
      addEventListener: (_t, l) => void errorListeners.push(l),
      terminate: () => void (w.terminated = true),
      postMessage(message) {
        const m = message as { cmd: string; id: number; graph?: ElkNode };
        w.posted.push({ cmd: m.cmd, id: m.id });
        if (opts.failToStart) {
          setTimeout(() => errorListeners.forEach((l) => l({ message: 'refused by policy' })), 0);
          return;
        }
        const answer = async () => {
          const data = m.cmd === 'layout' ? await (await importBundled()).layout(m.graph!) : null;
          if (!w.terminated) worker.onmessage?.({ data: { id: m.id, data } });
        };
        if (opts.hold && m.cmd === 'layout') held.push(() => void answer());
        else setTimeout(() => void answer(), 0);
      },
    };
    return worker;
  };
  return { make, made };
}

const graph = (n: number): ElkNode => ({
  id: 'root',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
  children: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 60, height: 30 })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, sources: [`n${i}`], targets: [`n${i + 1}`] })),
});
const positions = (g: ElkNode) => g.children!.map((c) => [c.id, c.x, c.y]);

describe('ELK in a worker', () => {
  it('lays out as the main thread does', async () => {
    const w = fakeWorkers();
    const api = await workerElkLoader(w.make, importBundled)();
    const main = await (await importBundled()).layout(graph(6));
    expect(positions(await api.layout(graph(6)))).toEqual(positions(main));
    expect(w.made).toHaveLength(1);
    expect(w.made[0].posted.map((p) => p.cmd)).toEqual(['register', 'layout']);
  });

  it('stops the worker of a layout cancelled while it runs; the next layout gets a fresh worker', async () => {
    const w = fakeWorkers({ hold: true });
    const api = await workerElkLoader(w.make, importBundled)();
    const cancel = new AbortController();
    const first = api.layout(graph(300), cancel.signal);
    await expect.poll(() => w.made[0]?.posted.some((p) => p.cmd === 'layout')).toBe(true);
    cancel.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(w.made[0].terminated).toBe(true);

    const second = api.layout(graph(4));
    await expect.poll(() => w.made.length).toBe(2);
    await expect.poll(() => w.made[1].posted.some((p) => p.cmd === 'layout')).toBe(true);
    w.made[1].release();
    expect((await second).children).toHaveLength(4);
    expect(w.made[1].terminated).toBe(false);
  });

  it('never sends a layout that was cancelled while it waited its turn', async () => {
    const w = fakeWorkers({ hold: true });
    const api = await workerElkLoader(w.make, importBundled)();
    const running = api.layout(graph(5));
    const cancel = new AbortController();
    const waiting = api.layout(graph(7), cancel.signal);
    cancel.abort();
    await expect.poll(() => w.made[0]?.posted.some((p) => p.cmd === 'layout')).toBe(true);
    w.made[0].release();
    expect((await running).children).toHaveLength(5);
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(w.made[0].posted.filter((p) => p.cmd === 'layout')).toHaveLength(1);
  });

  it('lays out on the main thread when the worker cannot start', async () => {
    const w = fakeWorkers({ failToStart: true });
    const api = await workerElkLoader(w.make, importBundled)();
    expect((await api.layout(graph(3))).children).toHaveLength(3);
    expect((await api.layout(graph(2))).children).toHaveLength(2);
    expect(w.made).toHaveLength(1);
  });
});

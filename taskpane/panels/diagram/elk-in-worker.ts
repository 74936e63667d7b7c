// The pane lays diagrams out in a Web Worker (src/diagram/elk-worker-client.ts), so a big diagram's
// layout never freezes typing or the rest of the pane. The worker is elkjs's own script, served from the
// pane's origin as a file (the Content-Security-Policy allows workers from 'self'); it starts on the
// first layout, not before.
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { importBundled, useElkLoader as setElkLoader } from '../../../src/diagram/elk-loader';
import { workerElkLoader, type WorkerLike } from '../../../src/diagram/elk-worker-client';

export function layoutInWorker(): void {
  if (typeof Worker === 'undefined') return;
  setElkLoader(workerElkLoader(() => new Worker(workerUrl, { name: 'diagram-layout' }) as unknown as WorkerLike, importBundled));
}

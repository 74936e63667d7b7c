// A hidden page the Slides panel opens in an iframe to fetch pictures from ONE site the user agreed to
// by name. The pane's own policy lets it connect only to the saved provider; this page's policy (added
// below, from its address) lets it connect only to that one site, and it answers only its parent.
import { originOf } from '../src/llm/connect-origins';

const allowed = originOf(new URLSearchParams(location.hash.slice(1)).get('origin') ?? undefined);

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = `connect-src ${allowed ?? "'none'"}`;
document.head.appendChild(meta);

export interface PictureRequest {
  id: number;
  url: string;
}

export type PictureReply = { id: number; bytes: ArrayBuffer } | { id: number; error: string };

const MAX_BYTES = 5 * 1024 * 1024;

window.addEventListener('message', (e: MessageEvent<PictureRequest>) => {
  if (e.source !== window.parent || e.origin !== location.origin) return;
  const { id, url } = e.data;
  const reply = (r: PictureReply, transfer: Transferable[] = []) => window.parent.postMessage(r, location.origin, transfer);
  if (!allowed || originOf(url) !== allowed) return reply({ id, error: 'not allowed' });
  fetch(url, { mode: 'cors', credentials: 'omit', referrerPolicy: 'no-referrer' })
    .then(async (r) => {
      if (!r.ok) return reply({ id, error: `HTTP ${r.status}` });
      const size = Number(r.headers.get('content-length') ?? 0);
      if (size > MAX_BYTES) return reply({ id, error: 'too large' });
      const bytes = await r.arrayBuffer();
      reply({ id, bytes }, [bytes]);
    })
    .catch((err: unknown) => reply({ id, error: err instanceof Error ? err.message : String(err) }));
});

window.parent.postMessage({ ready: true }, location.origin);

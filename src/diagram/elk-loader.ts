import type { ElkNode } from 'elkjs/lib/elk-api';

/**
 * The part of elkjs's API the layout uses. `signal` cancels a layout where the loader can (the pane's
 * worker, elk-worker-client.ts); elsewhere the layout simply runs to its end.
 */
export type ElkApi = { layout: (g: ElkNode, signal?: AbortSignal) => Promise<ElkNode> };
export type ElkLoader = () => Promise<ElkApi>;

/*! Layout by elkjs (Eclipse Layout Kernel), (c) TypeFox and others, EPL-2.0 (or GPL-3.0-or-later).
    Used unmodified; its source is at https://github.com/kieler/elkjs and https://github.com/eclipse/elk */

/** elkjs (1.6 MB) loads on first use: the CLI's --help and the pane's other panels never pay for it. */
export const importBundled: ElkLoader = () =>
  import('elkjs/lib/elk.bundled.js').then((m) => {
    const Elk = (m as unknown as { default: new () => ElkApi }).default;
    return new Elk();
  });

let loader: ElkLoader = importBundled;
let instance: Promise<ElkApi> | null = null;

/**
 * How ELK is loaded from now on. The CLI loads it with a V8 code cache (elk-node.ts), which a
 * browser cannot; everywhere else it is a plain dynamic import.
 */
export function useElkLoader(next: ElkLoader | null): void {
  loader = next ?? importBundled;
  instance = null;
}

/** The one ELK instance of this process (or page), loaded on first use. */
export function elk(): Promise<ElkApi> {
  instance ??= loader().catch((e: unknown) => {
    instance = null;
    throw e;
  });
  return instance;
}

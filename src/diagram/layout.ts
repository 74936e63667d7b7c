import { layoutFlowchart, type ElkTuning } from './layout-flowchart';
import { layoutTimeline } from './layout-timeline';
import { layoutTree, treeRoot } from './layout-tree';
import type { Diagram, DiagramLayout } from './types';

/**
 * Any parsed diagram → the laid-out model every renderer draws. Async: ELK runs as a promise.
 * `tuning` overrides ELK options of a flowchart (benches compare settings with it); `signal` cancels
 * ELK's part where it runs in a worker (the pane).
 */
export async function layoutDiagram(d: Diagram, tuning?: ElkTuning, signal?: AbortSignal): Promise<DiagramLayout> {
  if (d.kind === 'timeline') return layoutTimeline(d);
  const root = treeRoot(d);
  return root ? layoutTree(d, root) : layoutFlowchart(d, tuning, signal);
}

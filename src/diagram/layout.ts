import { layoutFlowchart } from './layout-flowchart';
import { layoutTimeline } from './layout-timeline';
import { layoutTree, treeRoot } from './layout-tree';
import type { Diagram, DiagramLayout } from './types';

/** Any parsed diagram → the laid-out model every renderer draws. Async: ELK runs as a promise. */
export async function layoutDiagram(d: Diagram): Promise<DiagramLayout> {
  if (d.kind === 'timeline') return layoutTimeline(d);
  const root = treeRoot(d);
  return root ? layoutTree(d, root) : layoutFlowchart(d);
}

// What insert_diagram shares between hosts: Mermaid from the model → the diagram engine's layout, with
// what was not understood said back to the model (it can fix the lines and call again).
import { z } from 'zod';
import type { DiagramLayout } from '../diagram/types';
import type { ChangePreview } from './tool';

export const mermaidArg = z
  .string()
  .min(1)
  .max(400_000)
  .describe(
    'Mermaid: "flowchart TD" (or LR) with nodes A[box] B{decision} C(rounded), edges A --> B, A -->|label| C, subgraphs; an org chart is a flowchart TD tree; or "timeline" with "period : event" lines. No classDef/style.',
  );

export interface ToolDiagram {
  layout: DiagramLayout;
  source: string;
  /** For the model: each line left out or ignored, by the engine's message key and its parameters. */
  notes: Record<string, unknown>[];
  preview: ChangePreview;
  boxes: number;
  lines: number;
}

/** Parses and lays out the model's Mermaid; a text with no diagram throws the engine's sentence. */
export async function toolDiagram(mermaid: string): Promise<ToolDiagram> {
  const [{ parseMermaid }, { layoutDiagram }] = await Promise.all([import('../diagram/parse-mermaid'), import('../diagram/layout')]);
  const parsed = parseMermaid(mermaid);
  const layout = await layoutDiagram(parsed.diagram);
  const notes = parsed.warnings.map((w) => ({ warning: w.key, ...(w.params ?? {}) }));
  const boxes = layout.nodes.length;
  const lines = layout.edges.length;
  const after = mermaid.length > 1200 ? `${mermaid.slice(0, 1200)}…` : mermaid;
  return { layout, source: mermaid, notes, boxes, lines, preview: { kind: 'insert', ...(layout.title ? { lines: [layout.title] } : {}), after } };
}

// Every ```mermaid block of an outline laid out before the deck is built (layout is async: ELK), so
// buildDeck stays synchronous. A block that does not parse maps to null (its slide shows the Mermaid as
// code) and its sentence is returned; lines the diagram engine left out are said too.
import { AppError } from '../errors';
import { message, type Message } from '../messages';
import type { DiagramLayout } from '../diagram/types';
import type { Outline, OutlineNode } from '../outline/types';

export interface ResolvedDiagrams {
  diagrams: Map<string, DiagramLayout | null>;
  problems: Message[];
}

export function diagramSources(outline: Outline): string[] {
  const out = new Set<string>();
  const walk = (n: OutlineNode) => {
    for (const b of n.blocks) if (b.kind === 'diagram') out.add(b.source);
    n.children.forEach(walk);
  };
  walk(outline.root);
  return [...out];
}

export async function resolveDiagrams(outline: Outline, signal?: AbortSignal): Promise<ResolvedDiagrams> {
  const diagrams = new Map<string, DiagramLayout | null>();
  const problems: Message[] = [];
  const sources = diagramSources(outline);
  if (!sources.length) return { diagrams, problems };
  // The diagram engine (and elkjs) load only for an outline that has a diagram.
  const [{ parseMermaid }, { layoutDiagram }] = await Promise.all([import('../diagram/parse-mermaid'), import('../diagram/layout')]);
  for (const source of sources) {
    signal?.throwIfAborted();
    try {
      const parsed = parseMermaid(source);
      problems.push(...parsed.warnings);
      diagrams.set(source, await layoutDiagram(parsed.diagram));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      diagrams.set(source, null);
      problems.push(message(e.key, e.params));
    }
  }
  return { diagrams, problems };
}

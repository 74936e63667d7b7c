import { message, type Message } from '../messages';
import { diagramEmpty, diagramUnreadable, notMermaid, unsupportedDiagram } from './errors';
import { FlowScanner } from './flowchart-scanner';
import { parseDirection, parseFlowchart } from './parse-flowchart';
import { parseTimeline } from './parse-timeline';
import { quoteLine, sourceLines } from './source-lines';
import type { ParsedDiagram } from './types';

/** The longest Mermaid source we read (a 1,000-node flowchart is about 40 KB). */
export const MAX_SOURCE_CHARS = 400_000;

/** Mermaid's other diagram types: named in the error, so the user knows it is the type, not a typo. */
const OTHER_TYPES =
  /^(sequenceDiagram|classDiagram(?:-v2)?|stateDiagram(?:-v2)?|erDiagram|journey|gantt|pie|quadrantChart|requirementDiagram|gitGraph|C4\w+|mindmap|zenuml|sankey(?:-beta)?|xychart(?:-beta)?|block(?:-beta)?|packet(?:-beta)?|kanban|architecture(?:-beta)?|radar(?:-beta)?|treemap(?:-beta)?)\b/;

/**
 * Mermaid text → a diagram we can lay out: `flowchart`/`graph` (any direction) or `timeline`.
 * Lines it does not understand are left out and named in `warnings`; a text that holds no diagram
 * at all throws a sentence saying why.
 */
export function parseMermaid(source: string): ParsedDiagram {
  const text = source.length > MAX_SOURCE_CHARS ? source.slice(0, MAX_SOURCE_CHARS) : source;
  const { lines, title } = sourceLines(text);
  if (!lines.length) throw diagramEmpty();
  const [first, ...rest] = lines;
  const warnings: Message[] = [];
  if (source.length > MAX_SOURCE_CHARS) warnings.push(message('diagram.warn.truncated', { chars: MAX_SOURCE_CHARS }));

  const header = /^(flowchart(?:-elk)?|graph)\b[ \t]*([A-Za-z]{2})?\s*;?(.*)$/.exec(first.text);
  if (header) {
    const inline = header[3].trim();
    const body = inline ? [{ text: inline, line: first.line }, ...rest] : rest;
    const r = parseFlowchart(body, parseDirection(header[2]), title);
    if (!r.diagram.nodes.length) throw unreadable(r.warnings);
    return { diagram: r.diagram, warnings: [...warnings, ...r.warnings] };
  }
  if (/^timeline\b/.test(first.text)) {
    const r = parseTimeline(rest, title);
    if (!r.diagram.sections.some((s) => s.periods.length)) throw unreadable(r.warnings);
    return { diagram: r.diagram, warnings: [...warnings, ...r.warnings] };
  }
  const other = OTHER_TYPES.exec(first.text);
  if (other) throw unsupportedDiagram(other[1]);
  // A header left out (`A --> B` on the first line): read it as a top-down flowchart, and say so.
  const sc = new FlowScanner(first.text);
  const st = sc.statement();
  if (st && st.links.length) {
    const r = parseFlowchart(lines, 'TB', title);
    return { diagram: r.diagram, warnings: [...warnings, message('diagram.warn.noHeader'), ...r.warnings] };
  }
  throw notMermaid(first.line, quoteLine(first.text));
}

/** Nothing drawable: name the first line that could not be read, if there was one. */
function unreadable(warnings: Message[]): Error {
  const first = warnings.find((w) => w.key === 'diagram.warn.notUnderstood');
  return first ? diagramUnreadable(Number(first.params?.line), String(first.params?.text)) : diagramEmpty();
}

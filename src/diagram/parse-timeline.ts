import { message, type Message } from '../messages';
import { diagramTooLarge } from './errors';
import { labelText } from './label-text';
import { MAX_NODES } from './parse-flowchart';
import { quoteLine, type SourceLine } from './source-lines';
import type { TimelineDiagram, TimelinePeriod, TimelineSection } from './types';

/** An event starts at a colon followed by a space (so "10:30" stays one period). */
const EVENT_SPLIT = /\s*:(?=\s|$)\s*/;

/** `timeline` statements: `title`, `section`, `period : event : event`, and `: event` continuing the last period. */
export function parseTimeline(lines: SourceLine[], title: string | undefined): { diagram: TimelineDiagram; warnings: Message[] } {
  const warnings: Message[] = [];
  const sections: TimelineSection[] = [];
  let count = 0;
  const current = (): TimelineSection => {
    if (!sections.length) sections.push({ title: null, periods: [] });
    return sections[sections.length - 1];
  };
  let last: TimelinePeriod | null = null;
  const add = (n: number) => {
    count += n;
    if (count > MAX_NODES) throw diagramTooLarge(count, MAX_NODES);
  };
  for (const { text, line } of lines) {
    const kw = /^(title|section|accTitle|accDescr)\b\s*:?\s*(.*)$/.exec(text);
    if (kw) {
      if (kw[1] === 'title' || (kw[1] === 'accTitle' && !title)) title = labelText(kw[2]) || title;
      if (kw[1] === 'section') {
        sections.push({ title: labelText(kw[2]) || null, periods: [] });
        last = null;
      }
      continue;
    }
    const parts = text.split(EVENT_SPLIT);
    const head = labelText(parts[0]);
    const events = parts.slice(1).map(labelText).filter(Boolean);
    if (!head) {
      if (!last || !events.length) {
        warnings.push(message('diagram.warn.notUnderstood', { line, text: quoteLine(text) }));
        continue;
      }
      add(events.length);
      last.events.push(...events);
      continue;
    }
    add(1 + events.length);
    last = { label: head, events };
    current().periods.push(last);
  }
  const diagram: TimelineDiagram = { kind: 'timeline', sections: sections.filter((s) => s.periods.length || s.title) };
  if (title) diagram.title = title;
  return { diagram, warnings };
}

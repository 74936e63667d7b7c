// How `dsplus agent` shows a proposed change on a terminal: its summary, then its diff or preview.
import type { ChangeRecord } from '../agent/review-session';
import type { Translate } from '../locales';

const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

export function changeLines(c: ChangeRecord, t: Translate, status?: string): string[] {
  const out = [`${status ? `[${status}] ` : ''}${t(c.summary.key, c.summary.params)}`];
  if (c.guard) out.push(`    ${t('agent.panel.asksFirst', { reason: t(c.guard.key, c.guard.params) })}`);
  const p = c.preview;
  for (const d of p.cells ?? []) out.push(`    ${d.cell}: ${quote(d.before)} → ${quote(d.after)}`);
  if (p.cells && p.cellTotal !== undefined && p.cellTotal > p.cells.length)
    out.push(`    ${t('agent.panel.cellsMore', { more: p.cellTotal - p.cells.length })}`);
  if (p.before !== undefined || p.after !== undefined) out.push(`    - ${p.before ?? ''}`, `    + ${p.after ?? ''}`);
  for (const l of p.lines ?? []) out.push(`    ${l}`);
  for (const row of p.grid ?? []) out.push(`    | ${row.join(' | ')} |`);
  return out;
}

// The guard: a write asks first — even when the run applies changes automatically — when it writes more
// than `maxCells` cells, or when it would overwrite cells that hold something in a range the plan never
// mentioned. "Mentioned in the plan" means: named in the task ("fix D2:D20"), read by the model in this
// run (it saw what it overwrites), or written or created by this run itself.
import { addressesIn, contains, qualified, type CellRect } from '../sheets/a1';
import { message, type Message } from '../messages';
import type { Proposal } from './tool';

export const DEFAULT_MAX_CELLS = 10_000;

const norm = (s: string) => s.trim().toLowerCase();

export class PlanScope {
  private readonly named: { sheet?: string; rect: CellRect }[];
  private readonly seen: { sheet: string; rect: CellRect }[] = [];
  private readonly created = new Set<string>();

  constructor(task: string) {
    this.named = addressesIn(task);
  }

  /** The model read this range. */
  noteRead(sheet: string, rect: CellRect): void {
    this.seen.push({ sheet: norm(sheet), rect });
  }

  /** This run wrote this range (so writing it again is no surprise). */
  noteWritten(sheet: string, rect: CellRect): void {
    this.seen.push({ sheet: norm(sheet), rect });
  }

  /** This run created the sheet: everything on it is the run's own. */
  noteCreated(sheet: string): void {
    this.created.add(norm(sheet));
  }

  covers(sheet: string, rect: CellRect): boolean {
    const s = norm(sheet);
    if (this.created.has(s)) return true;
    if (this.seen.some((r) => r.sheet === s && contains(r.rect, rect))) return true;
    return this.named.some((r) => (!r.sheet || norm(r.sheet) === s) && contains(r.rect, rect));
  }
}

/** Why a proposal must be confirmed by the user, or null when it may be applied automatically. */
export function guardReason(p: Proposal, scope: PlanScope, maxCells = DEFAULT_MAX_CELLS): Message | null {
  if (p.cells !== undefined && p.cells > maxCells) return message('agent.guard.large', { cells: p.cells, limit: maxCells });
  const t = p.target;
  if (t && t.nonEmpty > 0 && !scope.covers(t.sheet, t.rect)) return message('agent.guard.overwrites', { range: qualified(t.sheet, t.rect), cells: t.nonEmpty });
  return null;
}

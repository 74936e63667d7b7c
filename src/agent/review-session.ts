// Proposed changes and their fate. The loop adds each write tool's proposal here and waits until the
// user (or the run's policy) has decided every change of the turn; Apply runs the write and keeps its
// undo step, so the whole run can be undone in one go, newest first.
import { AppError, isAbortError } from '../errors';
import { translate } from '../locales';
import { message, type Message } from '../messages';
import { DEFAULT_MAX_CELLS, guardReason, PlanScope } from './guard';
import type { Applied, ChangePreview, Proposal, UndoStep } from './tool';

export type ChangeStatus = 'proposed' | 'applying' | 'applied' | 'skipped' | 'failed' | 'undone' | 'discarded';

export interface ChangeRecord {
  id: string;
  /** The model turn that proposed it (changes of one turn are one batch). */
  batch: number;
  tool: string;
  callId: string;
  summary: Message;
  preview: ChangePreview;
  /** Why this change asks first even in automatic mode. */
  guard: Message | null;
  status: ChangeStatus;
  /** Applied by the run's "apply automatically", not by a click. */
  auto: boolean;
  error?: Message;
  /** What the model was told about the applied change. */
  result?: unknown;
}

export type Decision = 'apply' | 'skip';

export interface ReviewOptions {
  /** Apply changes as they come (guarded ones still ask). Can be switched during a run. */
  auto?: boolean;
  maxCells?: number;
  /** Decides a change nobody clicks on (the CLI's prompt or policy); the pane leaves it to the user. */
  ask?: (change: ChangeRecord) => Promise<Decision>;
}

export interface UndoReport {
  undone: number;
  failed: { summary: Message; error: Message }[];
}

function asMessage(e: unknown): Message {
  if (e instanceof AppError) return message(e.key, e.params);
  return message('agent.error.unexpected', { message: e instanceof Error ? e.message : String(e) });
}

export class ReviewSession {
  readonly changes: ChangeRecord[] = [];
  readonly scope: PlanScope;
  private readonly proposals = new Map<string, Proposal>();
  private readonly undos = new Map<string, UndoStep>();
  private readonly waiters = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private autoApply: boolean;
  private nextId = 1;
  /** Writes run one after another in the order they were decided, never interleaved. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    task: string,
    private readonly opts: ReviewOptions = {},
  ) {
    this.scope = new PlanScope(task);
    this.autoApply = Boolean(opts.auto);
  }

  get auto(): boolean {
    return this.autoApply;
  }

  /** Switching automatic on applies what is waiting, except changes that must ask first. */
  setAuto(on: boolean): void {
    this.autoApply = on;
    this.emit();
    if (on) for (const c of this.changes) if (c.status === 'proposed' && !c.guard) void this.run(c, true);
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const w of [...this.waiters]) w();
    for (const l of this.listeners) l();
  }

  get pending(): ChangeRecord[] {
    return this.changes.filter((c) => c.status === 'proposed' || c.status === 'applying');
  }

  /** Adds a proposal; applies it at once in automatic mode unless the guard says to ask first. */
  add(batch: number, tool: string, callId: string, p: Proposal): ChangeRecord {
    const change: ChangeRecord = {
      id: `c${this.nextId++}`,
      batch,
      tool,
      callId,
      summary: p.summary,
      preview: p.preview,
      guard: guardReason(p, this.scope, this.opts.maxCells ?? DEFAULT_MAX_CELLS),
      status: 'proposed',
      auto: false,
    };
    this.changes.push(change);
    this.proposals.set(change.id, p);
    this.emit();
    if (this.autoApply && !change.guard) void this.run(change, true);
    else if (this.opts.ask) void this.askFor(change);
    return change;
  }

  private async askFor(change: ChangeRecord): Promise<void> {
    try {
      const d = await (this.opts.ask as NonNullable<ReviewOptions['ask']>)(change);
      if (change.status !== 'proposed') return;
      if (d === 'apply') await this.run(change, false);
      else this.skip(change.id);
    } catch {
      if (change.status === 'proposed') this.skip(change.id);
    }
  }

  private find(id: string): ChangeRecord {
    const c = this.changes.find((x) => x.id === id);
    if (!c) throw new Error(`no change ${id}`);
    return c;
  }

  async apply(id: string): Promise<void> {
    const c = this.find(id);
    if (c.status === 'proposed') await this.run(c, false);
  }

  skip(id: string): void {
    const c = this.find(id);
    if (c.status !== 'proposed') return;
    c.status = 'skipped';
    this.emit();
  }

  /** Applies every change still waiting, in the order they were proposed. */
  async applyAll(): Promise<void> {
    for (const c of this.changes) if (c.status === 'proposed') await this.run(c, false);
  }

  private run(c: ChangeRecord, auto: boolean): Promise<void> {
    if (c.status !== 'proposed') return this.queue;
    c.status = 'applying';
    c.auto = auto;
    this.emit();
    const next = this.queue.then(() => this.applyNow(c));
    this.queue = next;
    return next;
  }

  private async applyNow(c: ChangeRecord): Promise<void> {
    const p = this.proposals.get(c.id);
    if (!p) return;
    try {
      const applied: Applied = await p.apply();
      this.undos.set(c.id, applied.undo);
      c.result = applied.result;
      c.status = 'applied';
      if (p.target) this.scope.noteWritten(p.target.sheet, p.target.rect);
    } catch (e) {
      c.status = 'failed';
      c.error = asMessage(e);
    }
    this.emit();
  }

  /** Resolves when none of these changes is still waiting; rejects with an AbortError on cancel. */
  waitFor(ids: readonly string[], signal?: AbortSignal): Promise<void> {
    const open = () => ids.some((id) => ['proposed', 'applying'].includes(this.find(id).status));
    return new Promise((resolve, reject) => {
      if (!open()) return resolve();
      const check = () => {
        if (open()) return;
        cleanup();
        resolve();
      };
      const onAbort = () => {
        cleanup();
        reject(new DOMException('Cancelled', 'AbortError'));
      };
      const cleanup = () => {
        this.waiters.delete(check);
        signal?.removeEventListener('abort', onAbort);
      };
      if (signal?.aborted) return onAbort();
      this.waiters.add(check);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * A cancelled run: nothing waiting is applied, and what was applied automatically in the unfinished
   * batch is undone, so the document is as it was before that batch — except what the user applied.
   */
  async cancelBatch(batch: number): Promise<void> {
    for (const c of this.changes) if (c.status === 'proposed') c.status = 'discarded';
    // A write already under way finishes first (Office cannot stop it halfway), then is undone below.
    await this.queue;
    const auto = this.changes.filter((c) => c.batch === batch && c.auto && c.status === 'applied').reverse();
    for (const c of auto) await this.undoOne(c);
    this.emit();
  }

  private async undoOne(c: ChangeRecord): Promise<Message | null> {
    const step = this.undos.get(c.id);
    if (!step) return null;
    try {
      await step.run();
      c.status = 'undone';
      this.undos.delete(c.id);
      return null;
    } catch (e) {
      if (isAbortError(e)) throw e;
      return asMessage(e);
    }
  }

  get canUndo(): boolean {
    return this.changes.some((c) => c.status === 'applied' && this.undos.has(c.id));
  }

  /** Undoes every applied change of the run, newest first; says which could not be undone and why. */
  async undoAll(): Promise<UndoReport> {
    const report: UndoReport = { undone: 0, failed: [] };
    await this.queue;
    for (const c of [...this.changes].reverse()) {
      if (c.status !== 'applied') continue;
      const err = await this.undoOne(c);
      if (err) report.failed.push({ summary: c.summary, error: err });
      else report.undone++;
      this.emit();
    }
    return report;
  }

  /** What the model is told about a decided change. */
  outcome(id: string): unknown {
    const c = this.find(id);
    if (c.status === 'applied') return { status: 'applied', ...(c.result && typeof c.result === 'object' ? c.result : { result: c.result }) };
    if (c.status === 'skipped') return { status: 'skipped', note: 'The user skipped this change; it was not made. Do not repeat it unless the user asks.' };
    if (c.status === 'failed') return { status: 'failed', error: c.error ? translate('en-US', c.error.key, c.error.params) : 'unknown' };
    return { status: c.status };
  }
}

// The home view's jobs: what people open the pane for, in their words. Each job opens a feature panel,
// on the part of it that does that job (`entry`); a job is offered only where its panel runs in this host
// (so no slides job in Excel), and a job whose panel is not registered does not show.
export type JobId = 'slides' | 'minutes' | 'report' | 'proofread' | 'clean' | 'analyze' | 'mindmap' | 'diagram' | 'ask' | 'agent';

export interface JobDef {
  id: JobId;
  /** The panel that does the job (an id in panels/registry.ts). */
  panel: string;
  /** Which part of the panel it opens on (the panel's own sub-tab id), when the panel has several. */
  entry?: string;
}

export const JOBS: readonly JobDef[] = [
  { id: 'agent', panel: 'agent' },
  { id: 'slides', panel: 'slides' },
  { id: 'minutes', panel: 'writing', entry: 'minutes' },
  { id: 'report', panel: 'writing', entry: 'draft' },
  { id: 'proofread', panel: 'writing', entry: 'proofread' },
  { id: 'clean', panel: 'sheets', entry: 'clean' },
  { id: 'analyze', panel: 'sheets', entry: 'analyze' },
  { id: 'mindmap', panel: 'mindmap' },
  { id: 'diagram', panel: 'diagram' },
  { id: 'ask', panel: 'ask' },
];

/** The jobs this host offers, in the home view's order. */
export function jobsFor(panelIds: readonly string[]): JobDef[] {
  return JOBS.filter((j) => panelIds.includes(j.panel));
}

import { lazy, type ComponentType } from 'react';
import type { HostKind } from '../host/host-kind';
import AskPanel from './ask/AskPanel';

export type PanelId = 'ask' | 'slides' | 'mindmap' | 'diagram' | 'word' | 'sheets' | 'agent';

export interface PanelDef {
  id: PanelId;
  labelKey: string;
  hosts: readonly HostKind[];
  /**
   * Each panel set is its own lazy chunk: Word users never download the slide renderer. Ask, the first
   * panel in every host, is part of the first load instead, so the pane is usable at its first paint
   * without a second round of chunks (its model client and Markdown renderer load when first needed).
   */
  Component: ComponentType;
}

const ALL: readonly HostKind[] = ['word', 'excel', 'powerpoint', 'standalone'];

/** A lazy panel; every feature's strings (src/locales) load with it, so its messages are there when it renders. */
function lazyPanel(load: () => Promise<{ default: ComponentType }>): ComponentType {
  return lazy(() => Promise.all([load(), import('../../src/locales')]).then(([panel]) => panel));
}

export const PANELS: readonly PanelDef[] = [
  { id: 'ask', labelKey: 'tab.ask', hosts: ALL, Component: AskPanel },
  { id: 'slides', labelKey: 'tab.slides', hosts: ['powerpoint', 'word', 'standalone'], Component: lazyPanel(() => import('./slides/SlidesPanel')) },
  { id: 'word', labelKey: 'tab.word', hosts: ['word', 'standalone'], Component: lazyPanel(() => import('./word/WordPanel')) },
  { id: 'sheets', labelKey: 'tab.sheets', hosts: ['excel', 'standalone'], Component: lazyPanel(() => import('./sheets/SheetsPanel')) },
  { id: 'mindmap', labelKey: 'tab.mindmap', hosts: ALL, Component: lazyPanel(() => import('./mindmap/MindmapPanel')) },
  { id: 'diagram', labelKey: 'tab.diagram', hosts: ALL, Component: lazyPanel(() => import('./diagram/DiagramPanel')) },
  // Agent mode acts on the open document, so it is offered only inside an Office host (files: dsplus agent).
  { id: 'agent', labelKey: 'tab.agent', hosts: ['word', 'excel', 'powerpoint'], Component: lazyPanel(() => import('./agent/AgentPanel')) },
];

export function panelsFor(host: HostKind): PanelDef[] {
  return PANELS.filter((p) => p.hosts.includes(host));
}

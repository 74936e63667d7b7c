import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { HostKind } from '../host/host-kind';

export type PanelId = 'ask' | 'slides' | 'mindmap' | 'diagram' | 'word' | 'sheets';

export interface PanelDef {
  id: PanelId;
  labelKey: string;
  hosts: readonly HostKind[];
  /** Each panel set is its own lazy chunk: Word users never download the slide renderer. */
  Component: LazyExoticComponent<ComponentType>;
}

const ALL: readonly HostKind[] = ['word', 'excel', 'powerpoint', 'standalone'];

export const PANELS: readonly PanelDef[] = [
  { id: 'ask', labelKey: 'tab.ask', hosts: ALL, Component: lazy(() => import('./ask/AskPanel')) },
  { id: 'slides', labelKey: 'tab.slides', hosts: ['powerpoint', 'word', 'standalone'], Component: lazy(() => import('./slides/SlidesPanel')) },
  { id: 'word', labelKey: 'tab.word', hosts: ['word', 'standalone'], Component: lazy(() => import('./word/WordPanel')) },
  { id: 'sheets', labelKey: 'tab.sheets', hosts: ['excel', 'standalone'], Component: lazy(() => import('./sheets/SheetsPanel')) },
  { id: 'mindmap', labelKey: 'tab.mindmap', hosts: ALL, Component: lazy(() => import('./mindmap/MindmapPanel')) },
  { id: 'diagram', labelKey: 'tab.diagram', hosts: ALL, Component: lazy(() => import('./diagram/DiagramPanel')) },
];

export function panelsFor(host: HostKind): PanelDef[] {
  return PANELS.filter((p) => p.hosts.includes(host));
}

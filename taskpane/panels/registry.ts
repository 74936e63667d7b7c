import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../../src/locales/keys';
import {
  Bot20Regular,
  ChatSparkle20Regular,
  DataBarVertical20Regular,
  DocumentEdit20Regular,
  Flowchart20Regular,
  SlideMultiple20Regular,
  TextBulletListTree20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { HostKind } from '../host/host-kind';

export type PanelId = 'ask' | 'slides' | 'mindmap' | 'diagram' | 'writing' | 'sheets' | 'agent';

export interface PanelDef {
  id: PanelId;
  labelKey: MessageKey;
  /** Shown above the label in the navigation, so every tab fits 320 px in both languages. */
  icon: FluentIcon;
  hosts: readonly HostKind[];
  /**
   * Every panel is its own lazy chunk, Ask too: the pane opens on the home view, which needs no panel, so
   * the first load carries only the shell (a Word user never downloads the slide renderer, and nobody
   * downloads the model client before choosing a job).
   */
  Component: ComponentType;
}

const ALL: readonly HostKind[] = ['word', 'excel', 'powerpoint', 'standalone'];

/** A lazy panel; every feature's strings (src/locales) load with it, so its messages are there when it renders. */
export function lazyPanel(load: () => Promise<{ default: ComponentType }>): ComponentType {
  return lazy(() => Promise.all([load(), import('../../src/locales')]).then(([panel]) => panel));
}

export const PANELS: readonly PanelDef[] = [
  { id: 'ask', labelKey: 'tab.ask', icon: ChatSparkle20Regular, hosts: ALL, Component: lazyPanel(() => import('./ask/AskPanel')) },
  {
    id: 'slides',
    labelKey: 'tab.slides',
    icon: SlideMultiple20Regular,
    hosts: ['powerpoint', 'word', 'standalone'],
    Component: lazyPanel(() => import('./slides/SlidesPanel')),
  },
  {
    id: 'writing',
    labelKey: 'tab.writing',
    icon: DocumentEdit20Regular,
    hosts: ['word', 'standalone'],
    Component: lazyPanel(() => import('./writing/WritingPanel')),
  },
  {
    id: 'sheets',
    labelKey: 'tab.sheets',
    icon: DataBarVertical20Regular,
    hosts: ['excel', 'standalone'],
    Component: lazyPanel(() => import('./sheets/SheetsPanel')),
  },
  { id: 'mindmap', labelKey: 'tab.mindmap', icon: TextBulletListTree20Regular, hosts: ALL, Component: lazyPanel(() => import('./mindmap/MindmapPanel')) },
  { id: 'diagram', labelKey: 'tab.diagram', icon: Flowchart20Regular, hosts: ALL, Component: lazyPanel(() => import('./diagram/DiagramPanel')) },
  // Agent mode acts on the open document, so it is offered only inside an Office host (files: dsplus agent).
  { id: 'agent', labelKey: 'tab.agent', icon: Bot20Regular, hosts: ['word', 'excel', 'powerpoint'], Component: lazyPanel(() => import('./agent/AgentPanel')) },
];

export function panelsFor(host: HostKind): PanelDef[] {
  return PANELS.filter((p) => p.hosts.includes(host));
}

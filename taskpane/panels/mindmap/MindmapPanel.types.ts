import type { HostKind } from '../../host/host-kind';
import type { MindFormat, MindNode } from '../../../src/mindmap';
import type { Message } from '../../../src/messages';

/** Where a map comes from; which ones a host offers is in sourcesFor(). */
export type MapSource = 'editor' | 'topic' | 'file' | 'selection' | 'document' | 'sheet' | 'slides';

export function sourcesFor(host: HostKind): MapSource[] {
  switch (host) {
    case 'word':
      return ['selection', 'document', 'topic', 'file', 'editor'];
    case 'excel':
      return ['sheet', 'topic', 'file', 'editor'];
    case 'powerpoint':
      return ['slides', 'topic', 'file', 'editor'];
    default:
      return ['editor', 'topic', 'file'];
  }
}

export interface SourceForm {
  source: MapSource;
  topic: string;
  /** Summarise the source with the model instead of taking its headings and lists. */
  useModel: boolean;
  deep: boolean;
}

export interface ParsedState {
  root: MindNode | null;
  warnings: Message[];
  error: unknown;
}

export interface ExportActions {
  onExport: (format: MindFormat) => void;
  onInsert?: () => void;
}

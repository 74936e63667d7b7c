import type { AppError } from '../../../src/errors';
import type { ChatMode, Cost, Usage } from '../../../src/llm';
import type { Message } from '../../../src/messages';
import type { CitationCheck } from '../../../src/web/check-citations';
import type { Source } from '../../../src/web/types';

export type TurnStatus = 'streaming' | 'done' | 'stopped' | 'incomplete' | 'failed';

/** One question and its answer as the panel shows them. */
export interface Turn {
  id: number;
  question: string;
  mode: ChatMode;
  answer: string;
  reasoning: string;
  status: TurnStatus;
  usage?: Usage;
  cost?: Cost;
  /** Why an answer is incomplete (stream cut or stalled); shown as a warning under it. */
  incompleteError?: AppError;
  /** The retry the client is waiting for, if any. */
  retry?: { attempt: number; seconds: number };
  /** Names of the documents attached to the question. */
  attachments?: string[];
  /** 联网搜索: the search, the sources the user keeps, and what the citation check found. */
  web?: WebTurn;
}

export interface WebTurn {
  /** searching → picking (the user unticks sources) → answering → done. */
  stage: 'searching' | 'picking' | 'answering' | 'done';
  queries: string[];
  /** Every source found, numbered as shown in the picker. */
  found: Source[];
  /** The numbers kept in the picker. */
  kept: number[];
  /** After the answer: the kept sources renumbered 1..k, as the answer cites them. */
  sources?: Source[];
  check?: CitationCheck;
  warnings?: Message[];
}

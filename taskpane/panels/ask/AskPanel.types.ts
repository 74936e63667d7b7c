import type { AppError } from '../../../src/errors';
import type { ChatMode, Cost, Usage } from '../../../src/llm';

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
}

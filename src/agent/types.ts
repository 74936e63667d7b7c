import type { AppError } from '../errors';
import type { Usage } from '../llm/types';
import type { Message } from '../messages';
import type { ProtocolSource, ToolProtocol } from './tool-support';

/** How a run ended. */
export type RunStatus = 'done' | 'cancelled' | 'stepBudget' | 'tokenBudget' | 'badArguments' | 'failed';

export type AgentEvent =
  | { type: 'protocol'; protocol: ToolProtocol; source: ProtocolSource }
  | { type: 'turn'; turn: number }
  | { type: 'reasoning'; delta: string }
  | { type: 'content'; delta: string }
  | {
      type: 'tool';
      turn: number;
      callId: string;
      name: string;
      arguments: string;
      status: 'running' | 'done' | 'error' | 'proposed' | 'notRun';
      result?: string;
    }
  | { type: 'progress'; steps: number; maxSteps: number; tokens: number; maxTokens: number }
  | { type: 'notice'; message: Message };

export interface AgentResult {
  status: RunStatus;
  /** The model's final answer (its summary of the run), '' when there was none. */
  answer: string;
  protocol: ToolProtocol;
  /** Tool calls run (the step budget counts these). */
  steps: number;
  /** Tool calls the model asked for beyond the step budget, not run. */
  notRun: number;
  tokens: number;
  usage?: Usage;
  /** With status 'failed': what went wrong (a typed error with its sentence). */
  error?: AppError;
  /** A sentence about how the run ended, for the pane and the CLI. */
  note: Message;
}

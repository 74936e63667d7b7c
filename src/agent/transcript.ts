// Every run keeps a transcript — requests, the model's answers and tool calls, tool results, proposals
// and the user's decisions — that can be copied or saved. It names the provider, server and model, and
// never holds the API key (nothing in a run has it: requests are recorded as the messages we built).
import type { LlmSettings } from '../llm/settings';
import type { ChatMessage, Usage } from '../llm/types';
import { translate } from '../locales';
import type { Locale } from '../locales/types';
import type { Message } from '../messages';

export type TranscriptEntry =
  | {
      kind: 'start';
      at: string;
      task: string;
      host: string;
      provider: string;
      baseURL: string;
      model: string;
      protocol: string;
      maxSteps: number;
      maxTokens: number;
    }
  | { kind: 'request'; at: string; turn: number; messages: ChatMessage[]; tools: string[] }
  | { kind: 'answer'; at: string; turn: number; text: string; reasoning: string; toolCalls: { id: string; name: string; arguments: string }[]; usage?: Usage }
  | { kind: 'tool'; at: string; turn: number; callId: string; name: string; arguments: string; result: string; error?: boolean }
  | { kind: 'proposal'; at: string; turn: number; changeId: string; callId: string; summary: Message; guard: Message | null }
  | { kind: 'decision'; at: string; changeId: string; status: string; auto: boolean; error?: Message }
  | { kind: 'undo'; at: string; undone: number; failed: number }
  | { kind: 'end'; at: string; status: string; steps: number; tokens: number; note?: Message };

export class Transcript {
  readonly entries: TranscriptEntry[] = [];
  constructor(private readonly now: () => Date = () => new Date()) {}

  at(): string {
    return this.now().toISOString();
  }

  add(e: TranscriptEntry): void {
    this.entries.push(e);
  }

  static describeSettings(s: LlmSettings): { provider: string; baseURL: string } {
    return { provider: s.provider, baseURL: s.baseURL };
  }

  toJSON(): { entries: TranscriptEntry[] } {
    return { entries: this.entries };
  }

  /** A readable log for a person: one section per event. */
  toMarkdown(locale: Locale = 'en-US'): string {
    const t = (m: Message | null | undefined) => (m ? translate(locale, m.key, m.params) : '');
    const out: string[] = [];
    for (const e of this.entries) {
      switch (e.kind) {
        case 'start':
          out.push(
            `# Agent run — ${e.at}`,
            '',
            `- task: ${e.task}`,
            `- host: ${e.host}`,
            `- provider: ${e.provider} (${e.baseURL}), model ${e.model}`,
            `- tool protocol: ${e.protocol}`,
            `- budgets: ${e.maxSteps} tool calls, ${e.maxTokens} tokens`,
            '',
          );
          break;
        case 'request':
          out.push(
            `## Request ${e.turn} — ${e.at}`,
            '',
            ...e.messages.map((m) => `**${m.role}**${m.toolCallId ? ` (${m.toolCallId})` : ''}: ${fence(m.content)}`),
            '',
          );
          break;
        case 'answer':
          out.push(
            `## Answer ${e.turn}`,
            '',
            e.reasoning ? `_reasoning:_ ${fence(e.reasoning)}` : '',
            e.text ? fence(e.text) : '',
            ...e.toolCalls.map((c) => `- call \`${c.name}\` (${c.id}): \`${c.arguments}\``),
            e.usage ? `- tokens: ${e.usage.promptTokens} in, ${e.usage.completionTokens} out` : '',
            '',
          );
          break;
        case 'tool':
          out.push(`### ${e.error ? 'Tool error' : 'Tool result'}: ${e.name} (${e.callId})`, '', fence(e.result), '');
          break;
        case 'proposal':
          out.push(`### Proposed change ${e.changeId}: ${t(e.summary)}${e.guard ? ` — asks first: ${t(e.guard)}` : ''}`, '');
          break;
        case 'decision':
          out.push(`- change ${e.changeId}: ${e.status}${e.auto ? ' (automatically)' : ''}${e.error ? ` — ${t(e.error)}` : ''}`, '');
          break;
        case 'undo':
          out.push(`## Undo — ${e.at}`, '', `- undone: ${e.undone}, could not undo: ${e.failed}`, '');
          break;
        case 'end':
          out.push(`## End — ${e.status}`, '', `- tool calls: ${e.steps}, tokens: ${e.tokens}`, e.note ? `- ${t(e.note)}` : '', '');
          break;
      }
    }
    return `${out
      .filter((l, i, a) => !(l === '' && a[i - 1] === ''))
      .join('\n')
      .trim()}\n`;
  }
}

function fence(s: string): string {
  if (!s.includes('\n') && s.length < 200) return s;
  return `\n\n\`\`\`\n${s.replace(/```/g, '`\u200b``')}\n\`\`\`\n`;
}

import { streamChat } from '../llm';
import type { LlmSettings } from '../llm/settings';
import type { ChatMessage, ChatMode, Usage } from '../llm/types';
import { translate, type Locale } from '../locales';
import { AppError, EmptyInputError } from '../errors';
import type { Message } from '../messages';
import { cleanMermaidAnswer } from './clean-mermaid';
import { noDiagramInAnswer } from './errors';
import { parseMermaid } from './parse-mermaid';
import { diagramMessages, repairMessages, type DiagramKindHint } from './prompt';
import type { ParsedDiagram } from './types';

export interface GenerateDiagramOptions {
  description: string;
  /** Document text the diagram is drawn from, if any. */
  material?: string;
  kind?: DiagramKindHint;
  locale: Locale;
  mode?: ChatMode;
  signal?: AbortSignal;
  /** The cleaned Mermaid so far, after every streamed delta. */
  onText?: (mermaid: string) => void;
  /** 'repair' when the first answer could not be read and the model is asked once more. */
  onStage?: (stage: 'ask' | 'repair') => void;
}

export interface GeneratedDiagram {
  source: string;
  parsed: ParsedDiagram;
  repaired: boolean;
  usage?: Usage;
}

async function ask(settings: LlmSettings, messages: ChatMessage[], o: GenerateDiagramOptions): Promise<{ raw: string; usage?: Usage }> {
  let raw = '';
  let usage: Usage | undefined;
  for await (const e of streamChat(settings, { messages, mode: o.mode ?? 'fast', signal: o.signal })) {
    if (e.type === 'content') {
      raw += e.delta;
      o.onText?.(cleanMermaidAnswer(raw));
    } else if (e.type === 'done') {
      raw = e.text || raw;
      usage = e.usage ?? usage;
    } else if (e.type === 'usage') usage = e.usage;
  }
  o.signal?.throwIfAborted();
  return { raw, usage };
}

/** Why a parse is not good enough to keep without asking again: the error, or the lines left out. */
function problems(source: string, locale: Locale): { parsed?: ParsedDiagram; problems: string[] } {
  try {
    const parsed = parseMermaid(source);
    const left = parsed.warnings.filter((w: Message) => w.key === 'diagram.warn.notUnderstood' || w.key === 'diagram.warn.noHeader');
    return { parsed, problems: left.map((w) => translate(locale, w.key, w.params)) };
  } catch (e) {
    return { problems: [e instanceof AppError ? translate(locale, e.key, e.params) : String(e)] };
  }
}

/**
 * Has the model write Mermaid for a description: streamed, cleaned, parsed; if the answer cannot be read
 * in full, the model gets its answer back with the problems once. Throws `noDiagramInAnswer` when
 * even the second answer holds no diagram.
 */
export async function generateMermaid(settings: LlmSettings, o: GenerateDiagramOptions): Promise<GeneratedDiagram> {
  const description = o.description.trim();
  if (!description) throw new EmptyInputError();
  const messages = diagramMessages(o.locale, { description, material: o.material?.trim() || undefined, kind: o.kind });
  o.onStage?.('ask');
  const first = await ask(settings, messages, o);
  let source = cleanMermaidAnswer(first.raw);
  let check = problems(source, o.locale);
  if (check.parsed && !check.problems.length) return { source, parsed: check.parsed, repaired: false, usage: first.usage };
  o.onStage?.('repair');
  const second = await ask(settings, repairMessages(o.locale, messages, first.raw, check.problems), o);
  const again = cleanMermaidAnswer(second.raw);
  const recheck = problems(again, o.locale);
  // The better of the two answers: the repaired one if it parses, else the first if that did.
  if (recheck.parsed) {
    source = again;
    check = recheck;
  }
  if (!check.parsed) throw noDiagramInAnswer(recheck.problems[0] ?? '');
  return { source, parsed: check.parsed, repaired: true, usage: second.usage ?? first.usage };
}

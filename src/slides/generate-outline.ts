import { z } from 'zod';
import { estimateTokens, generateObject, mapReduce, isLlmFailure, streamChat, type LlmSettings, type MapReduceProgress, type Usage } from '../llm';
import type { ChatMessage, ChatMode } from '../llm/types';
import { markdownPlainText } from '../markdown/inline-text';
import { stripThink } from '../markdown/clean-model-output';
import { outlineFromMarkdown } from '../outline/from-markdown';
import type { Outline, OutlineNode } from '../outline/types';
import { writeBlock } from '../outline/serialize-outline';
import { isFailure } from '../errors';
import { noOutlineInAnswer, outlineCut } from './errors';
import { condenseChunkMessages, documentMessages, mergeNotesMessages, notesMessages, topicMessages, type TopicRequest } from './prompts';

export interface StreamHandlers {
  mode: ChatMode;
  signal?: AbortSignal;
  /** The whole answer so far, after every content delta (the editor shows it as it grows). */
  onText?: (text: string) => void;
  onReasoning?: (text: string) => void;
  onProgress?: (p: MapReduceProgress) => void;
}

export interface OutlineAnswer {
  /** The model's raw answer: outlineFromMarkdown() cleans fences, <think> and prose. */
  text: string;
  usage?: Usage;
}

/** Above this a document is condensed (map-reduce) before the outline request. */
export const CONDENSE_ABOVE_TOKENS = 6_000;

async function stream(settings: LlmSettings, messages: ChatMessage[], h: StreamHandlers): Promise<OutlineAnswer> {
  let text = '';
  let reasoning = '';
  let usage: Usage | undefined;
  for await (const ev of streamChat(settings, { messages, mode: h.mode, signal: h.signal })) {
    if (ev.type === 'content') {
      text += ev.delta;
      h.onText?.(text);
    } else if (ev.type === 'reasoning') {
      reasoning += ev.delta;
      h.onReasoning?.(reasoning);
    } else if (ev.type === 'usage') usage = ev.usage;
    else if (ev.type === 'done') {
      // A cut or stalled stream is not an outline: half of one would replace the user's text unnoticed.
      if (ev.finishReason === 'incomplete' && !h.signal?.aborted) {
        throw ev.incompleteError && !isLlmFailure(ev.incompleteError, 'streamCut') ? ev.incompleteError : outlineCut(ev.text.length, ev.incompleteError);
      }
      text = ev.text || text;
      usage = ev.usage ?? usage;
    }
  }
  h.signal?.throwIfAborted();
  assertOutline(text);
  return { text, usage };
}

/** Throws `noOutlineInAnswer` when the answer has no outline in it (a refusal, an apology, an empty reply). */
function assertOutline(answer: string): void {
  try {
    outlineFromMarkdown(answer);
  } catch (e) {
    if (isFailure(e, 'outline.error.empty', 'outline.error.noStructure')) throw noOutlineInAnswer(stripThink(answer).text);
    throw e;
  }
}

/** Topic → outline Markdown, streamed. */
export function outlineFromTopic(settings: LlmSettings, req: TopicRequest, h: StreamHandlers): Promise<OutlineAnswer> {
  return stream(settings, topicMessages(req), h);
}

/** Document (Markdown) → outline Markdown; a long document is condensed with map-reduce first. */
export async function outlineFromDocument(
  settings: LlmSettings,
  doc: string,
  req: Omit<TopicRequest, 'topic'>,
  h: StreamHandlers,
): Promise<OutlineAnswer & { chunks: number }> {
  let source = doc;
  let chunks = 1;
  if (estimateTokens(doc) > CONDENSE_ABOVE_TOKENS) {
    const condensed = await mapReduce(settings, {
      text: doc,
      chunkTokens: CONDENSE_ABOVE_TOKENS / 2,
      map: (c, i, n) => condenseChunkMessages(c, i, n, req.lang),
      reduce: (parts) => mergeNotesMessages(parts, req.lang),
      mode: h.mode,
      signal: h.signal,
      onProgress: h.onProgress,
    });
    source = condensed.text;
    chunks = condensed.chunks;
  }
  const answer = await stream(settings, documentMessages(source, req), h);
  return { ...answer, chunks };
}

const notesSchema = z.object({ notes: z.array(z.object({ index: z.number().int(), notes: z.string() })) });

/** The nodes that become content slides, in deck order. */
export function slideNodes(outline: Outline): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const s of outline.root.children) {
    if (s.children.length === 0) out.push(s);
    else out.push(...s.children);
  }
  return out;
}

/**
 * Speaker notes for every slide that has none, written by the model into the outline (so they show in
 * the editor and travel inside the .pptx). Returns a new outline; the input is not changed.
 */
export async function addGeneratedNotes(
  settings: LlmSettings,
  outline: Outline,
  opts: { lang: 'zh' | 'en'; mode: ChatMode; signal?: AbortSignal },
): Promise<{ outline: Outline; added: number; usage?: Usage }> {
  const copy = structuredClone(outline);
  const nodes = slideNodes(copy).filter((n) => n.notes.length === 0);
  if (nodes.length === 0) return { outline: copy, added: 0 };
  const slides = nodes.map((n, i) => ({ index: i + 1, title: markdownPlainText(n.title), points: n.blocks.map(writeBlock).join('\n').slice(0, 600) }));
  const r = await generateObject(settings, { schema: notesSchema, messages: notesMessages(slides, opts.lang), mode: opts.mode, signal: opts.signal });
  let added = 0;
  for (const { index, notes } of r.object.notes) {
    const n = nodes[index - 1];
    if (n && notes.trim() && n.notes.length === 0) {
      n.notes.push(notes.trim().replace(/\s*\n\s*/g, ' '));
      added++;
    }
  }
  return { outline: copy, added, usage: r.usage };
}

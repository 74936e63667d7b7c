import { completeChat } from '../llm';
import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, ChatMessage, Usage } from '../llm/types';
import type { Locale } from '../locales';
import { buildCoStarPrompt, buildRtgoPrompt } from '../prompts/frameworks';
import { EmptyInputError } from '../errors';
import { cleanModelOutput } from '../markdown/clean-model-output';
import type { DraftTemplate, FieldKey } from './templates';
import type { Source } from '../web/types';
import { withSources } from '../web/sources-prompt';

/** Background material beyond this many characters is cut; a draft needs the gist, not the whole archive. */
export const MAX_BACKGROUND_CHARS = 30_000;

export interface DraftInput {
  template: DraftTemplate;
  /** The form: the template's defaults merged with what the user typed. */
  fields: Partial<Record<FieldKey, string>>;
  /** The current document or an opened file, used as reference material. */
  background?: string;
  language: Locale;
  /** 联网搜索: web sources the draft is written from, cited as [n]. */
  sources?: readonly Source[];
}

/** The template's defaults with the user's values on top; empty user values do not erase a default. */
export function fillFields(template: DraftTemplate, language: Locale, user: Partial<Record<FieldKey, string>>): Partial<Record<FieldKey, string>> {
  const out: Partial<Record<FieldKey, string>> = { ...template.defaults[language] };
  for (const [k, v] of Object.entries(user) as [FieldKey, string | undefined][]) if (v?.trim()) out[k] = v.trim();
  return out;
}

export function draftMessages(input: DraftInput): ChatMessage[] {
  const f = input.fields;
  const brief = f[input.template.briefField]?.trim();
  if (!brief) throw new EmptyInputError('word.error.emptyBrief');
  const frame =
    input.template.framework === 'rtgo'
      ? buildRtgoPrompt({ role: f.role ?? '', task: f.task ?? '', goal: f.goal ?? '', objective: f.objective ?? '' })
      : buildCoStarPrompt({
          context: f.context ?? '',
          objective: f.objective ?? '',
          style: f.style ?? '',
          tone: f.tone ?? '',
          audience: f.audience ?? '',
          response: f.response ?? '',
        });
  const zh = input.language === 'zh-CN';
  const system = zh
    ? '你是专业的中文办公文档写作助手。直接输出文档正文（Markdown：# 标题、## 小节、列表、表格），不要输出开场白、解释或代码块围栏。不确定的事实用【待补充】标出，不要编造数字。'
    : 'You are a professional business writer. Output only the document itself in Markdown (# title, ## sections, lists, tables), with no preamble, explanation or code fence. Mark unknown facts as [TBD]; never invent figures.';
  let user = frame;
  const bg = input.background?.trim();
  if (bg) {
    const cut = bg.length > MAX_BACKGROUND_CHARS ? bg.slice(0, MAX_BACKGROUND_CHARS) + '\n…' : bg;
    user += zh ? `\n\n参考材料（来自当前文档，仅供参考）：\n"""\n${cut}\n"""` : `\n\nReference material (from the current document):\n"""\n${cut}\n"""`;
  }
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
  return input.sources?.length ? withSources(messages, input.sources, input.language) : messages;
}

export interface StreamedText {
  text: string;
  usage?: Usage;
}

/** Streams a draft: `onText` receives the whole text so far after each delta, for the preview. */
export async function generateDraft(
  settings: LlmSettings,
  input: DraftInput,
  opts: { signal?: AbortSignal; onText?: (text: string) => void; onEvent?: (e: ChatEvent) => void } = {},
): Promise<StreamedText> {
  return streamText(settings, draftMessages(input), opts);
}

export async function streamText(
  settings: LlmSettings,
  messages: ChatMessage[],
  opts: { signal?: AbortSignal; onText?: (text: string) => void; onEvent?: (e: ChatEvent) => void; mode?: 'fast' | 'deep' } = {},
): Promise<StreamedText> {
  let text = '';
  const res = await completeChat(settings, { messages, mode: opts.mode ?? 'fast', signal: opts.signal }, (e) => {
    opts.onEvent?.(e);
    if (e.type === 'content') {
      text += e.delta;
      opts.onText?.(text);
    }
  });
  return { text: cleanModelText(res.text || text), usage: res.usage };
}

/** The answer without a `<think>` block or a fence around the whole document; its prose is the user's. */
export function cleanModelText(text: string): string {
  return cleanModelOutput(text, { keepChat: true }).text.trim();
}

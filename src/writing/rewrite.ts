import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, ChatMessage } from '../llm/types';
import type { Locale } from '../locales';
import { EmptyInputError } from '../errors';
import { streamText, type StreamedText } from './draft';
import { detectLocale } from '../markdown/language';

export type RewriteAction = 'polish' | 'shorten' | 'expand' | 'formal' | 'translate';
export const REWRITE_ACTIONS: readonly RewriteAction[] = ['polish', 'shorten', 'expand', 'formal', 'translate'];

const INSTRUCTIONS: Record<Exclude<RewriteAction, 'translate'>, Record<Locale, string>> = {
  polish: {
    'zh-CN': '润色下面的文字：修正语病，使表达更通顺、准确、有条理，保持原意和原有结构。',
    'en-US': 'Polish the text below: fix errors and make it clearer and more fluent while keeping its meaning and structure.',
  },
  shorten: {
    'zh-CN': '精简下面的文字，篇幅压缩到约一半，保留所有关键信息和数字。',
    'en-US': 'Shorten the text below to about half its length, keeping every key fact and number.',
  },
  expand: {
    'zh-CN': '扩写下面的文字，补充论述、细节和过渡，篇幅约为原来的两倍，不要编造具体数字。',
    'en-US': 'Expand the text below to about twice its length with reasoning, detail and transitions; do not invent specific figures.',
  },
  formal: { 'zh-CN': '把下面的文字改写成正式、规范的书面公文语体。', 'en-US': 'Rewrite the text below in a formal, professional register.' },
};

export function rewriteMessages(action: RewriteAction, text: string): ChatMessage[] {
  const source = text.trim();
  if (!source) throw new EmptyInputError();
  const lang = detectLocale(source);
  let instruction: string;
  if (action === 'translate') {
    instruction = lang === 'zh-CN' ? 'Translate the Chinese text below into natural, idiomatic English.' : '把下面的英文翻译成自然、地道的简体中文。';
  } else {
    instruction = INSTRUCTIONS[action][lang];
  }
  const rules =
    lang === 'zh-CN' || action === 'translate'
      ? 'Output only the rewritten text, no preamble or quotes. Keep Markdown structure (headings, lists, tables, **bold**) if the source has it. / 只输出改写后的文字，不要任何说明。'
      : 'Output only the rewritten text, no preamble or quotes. Keep Markdown structure (headings, lists, tables, **bold**) if the source has it.';
  return [
    { role: 'system', content: `${instruction}\n${rules}` },
    { role: 'user', content: source },
  ];
}

export function rewriteText(
  settings: LlmSettings,
  action: RewriteAction,
  text: string,
  opts: { signal?: AbortSignal; onText?: (text: string) => void; onEvent?: (e: ChatEvent) => void } = {},
): Promise<StreamedText> {
  return streamText(settings, rewriteMessages(action, text), opts);
}

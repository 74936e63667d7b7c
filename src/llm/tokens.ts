import type { ChatMessage } from './types';

// DeepSeek's rule of thumb: about 0.3 token per English character and 0.6 per Chinese character.
// Real counts come from `usage`; this is for pre-send checks and chunking, where fast beats exact.
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (CJK.test(ch)) cjk++;
    else other++;
  }
  return Math.ceil(cjk * 0.6 + other * 0.3);
}

/** Per-message overhead of the chat template, so many short messages are not underestimated. */
const PER_MESSAGE = 4;

export function estimateMessagesTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((n, m) => n + PER_MESSAGE + estimateTokens(m.content), 0);
}

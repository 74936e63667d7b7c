// The LLM layer's public face. Nothing outside src/llm imports `openai`; everything calls these.
export type { ChatMessage, ChatRole, ChatMode, ChatEvent, ChatRequest, ChatResult, Usage, Cost, FinishReason, WithWarnings } from './types';
export { llmSettingsSchema, defaultLlmSettings, isConfigured, isLocalURL, isRelay, maskKey, missingSetting, type LlmSettings } from './settings';
export { streamChat, modelFor } from './stream-chat';
export { completeChat } from './complete-chat';
export { generateObject, type GenerateObjectOptions } from './generate-object';
export { DEFAULT_MAX_CHUNKS, mapReduce, type MapReduceOptions, type MapReduceProgress } from './map-reduce';
export { estimateTokens, estimateMessagesTokens } from './tokens';
export { splitText } from './split-text';
export { extractJson } from './extract-json';
export { estimateRequest, checkContext, contextWindow } from './context-check';
export { maskSensitive, createMasker, totalMasked, type MaskCounts, type MaskKind, type Masker } from './masking';
export { DEFAULT_PRICES, priceFor, costOf, formatCost, type ModelPrice, type PriceTable } from './pricing';
export { listModels, getBalance, getRelayInfo, testConnection, type Balance, type ConnectionReport } from './connection';
export { PROVIDER_PRESETS, findPreset, presetFor, contextWindowFor, type ProviderPreset, type ThinkingSwitch, type ReasoningFormat } from './providers/presets';
export { splitThink, ThinkSplitter } from './think-splitter';
export * from './errors';
export { usageLine } from './format-usage';

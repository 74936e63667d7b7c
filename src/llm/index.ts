// The LLM layer's public face. Nothing outside src/llm imports `openai`; everything calls these.
export type {
  ChatMessage,
  ChatRole,
  ChatMode,
  ChatEvent,
  ChatRequest,
  ChatResult,
  Usage,
  Cost,
  Currency,
  PricePeriod,
  FinishReason,
  WithWarnings,
  ToolCall,
  ToolDefinition,
  ToolChoice,
} from './types';
export { llmSettingsSchema, defaultLlmSettings, isConfigured, isLocalURL, isRelay, maskKey, missingSetting, type LlmSettings } from './settings';
export { streamChat, modelFor } from './stream-chat';
export { completeChat } from './complete-chat';
export { generateObject, type GenerateObjectOptions } from './generate-object';
export { DEFAULT_MAX_CHUNKS, mapReduce, pool, type MapReduceOptions, type MapReduceProgress } from './map-reduce';
export { ConcurrencyLimiter, limiterFor, providerConcurrency } from './limiter';
export { ToolCallAssembler, type ToolCallDelta } from './tool-calls';
export { estimateTokens, estimateMessagesTokens } from './tokens';
export { splitText } from './split-text';
export { extractJson } from './extract-json';
export { estimateRequest, checkContext, contextWindow } from './context-check';
export { maskSensitive, createMasker, totalMasked, type MaskCounts, type MaskKind, type Masker } from './masking';
export {
  DEFAULT_PRICES,
  PRICES_CHECKED,
  PRICES_SOURCE,
  priceFor,
  costOf,
  formatCost,
  formatMoney,
  displayCurrency,
  type ModelPrice,
  type PriceTable,
  type Rates,
  type PriceOverride,
  type CostOptions,
} from './pricing';
export { OCR_CNY_PER_PAGE } from './price-table';
export { pricePeriod, beijingTime } from './price-period';
export { CN_HOLIDAYS, isCnHoliday, type HolidayTable } from './cn-holidays';
export { isDeepSeek } from './map-error';
export { listModels, getBalance, getRelayInfo, testConnection, type Balance, type ConnectionReport } from './connection';
export { PROVIDER_PRESETS, findPreset, presetFor, contextWindowFor, type ProviderPreset, type ThinkingSwitch, type ReasoningFormat } from './providers/presets';
export { splitThink, ThinkSplitter } from './think-splitter';
export * from './errors';
export { usageLine } from './format-usage';

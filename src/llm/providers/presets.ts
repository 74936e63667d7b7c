// Provider presets: everything the UI needs to fill the settings form, plus how each provider switches
// deep thinking on, how reasoning arrives and whether JSON mode works. Facts and their sources:
// /work/shared/reference/providers-and-api-facts.md (model IDs are defaults the user can edit, and the
// live list comes from GET /models where the provider has it).

import type { MessageKey } from '../../locales';

/**
 * How 深度思考 is switched on, on top of picking `deepModel`:
 * - 'deepseek': `thinking: {type: enabled|disabled}` + `reasoning_effort` (DeepSeek V4, Tencent TokenHub)
 * - 'enable_thinking': `enable_thinking: true|false` (Alibaba Bailian hybrid models; default off there)
 * - 'thinking_type': `thinking: {type}` only (Volcano Ark hybrid models)
 * - 'openrouter': `reasoning: {enabled}`
 * - 'reasoning_effort': `reasoning_effort: high|none` (Ollama's /v1)
 * - 'model': only the model differs (an R1 model versus a V3 model)
 */
export type ThinkingSwitch = 'deepseek' | 'enable_thinking' | 'thinking_type' | 'openrouter' | 'reasoning_effort' | 'model';

/** Where reasoning arrives; the client normalises all of them, this is for the docs and the UI. */
export type ReasoningFormat = 'reasoning_content' | 'reasoning' | 'think-tags';

export interface ProviderPreset {
  id: string;
  name: string;
  nameZh: string;
  baseURL: string;
  fastModel: string;
  deepModel: string;
  /** A local server (Ollama, LM Studio, vLLM) may need no key. */
  needsKey: boolean;
  thinking: ThinkingSwitch;
  reasoningFormat: ReasoningFormat;
  /** `response_format: {type: json_object}` accepted in fast / deep mode. */
  jsonMode: { fast: boolean; deep: boolean };
  /** Default context window in tokens for this provider's models (see contextWindowFor for overrides). */
  contextWindow: number;
  /** `GET /models` lists the models. */
  hasModels: boolean;
  /** `GET /user/balance` (DeepSeek only). */
  hasBalance: boolean;
  /** `POST /v1/tools/search|fetch|ocr` (DeepSeek only; the local relay forwards them where this is true). */
  hasTools: boolean;
  /**
   * Chat-completions function calling (`tools` / `tool_calls`), which agent mode uses: 'native' where the
   * provider documents it for both models; 'probe' where it depends on the model or the server build
   * (R1-style models and many local servers have none), so one small request finds out and is cached per
   * server and model. Not to be confused with `hasTools` (DeepSeek's Search/Fetch/OCR endpoints).
   */
  toolCalling: 'native' | 'probe';
  /** How the key travels: `Authorization: Bearer` or Azure's `api-key` header. */
  auth: 'bearer' | 'api-key';
  /** Locale key (llm bundle) of the sentence that fixes a CORS block for this provider. */
  corsFixKey: MessageKey;
  /** Model suggestions shown before the live list is read. */
  models: readonly string[];
  /**
   * Requests in flight at once, across every feature, unless `settings.maxConcurrency` says otherwise.
   * DeepSeek's account limit is far higher (2,500 flash / 500 pro); a local server serves one or two.
   */
  concurrency: number;
}

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  {
    id: 'deepseek',
    name: 'DeepSeek (official)',
    nameZh: 'DeepSeek 官方',
    baseURL: 'https://api.deepseek.com',
    // The legacy id deepseek-v4-flash still works (served by V4.1-Flash at the Flash price) but is no longer offered.
    fastModel: 'deepseek-flash',
    deepModel: 'deepseek-v4-pro',
    needsKey: true,
    thinking: 'deepseek',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: true, deep: true },
    contextWindow: 1_000_000,
    hasModels: true,
    hasBalance: true,
    hasTools: true,
    toolCalling: 'native',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: ['deepseek-flash', 'deepseek-v4-pro'],
    concurrency: 8,
  },
  {
    id: 'siliconflow',
    name: 'SiliconFlow',
    nameZh: '硅基流动',
    baseURL: 'https://api.siliconflow.cn/v1',
    fastModel: 'deepseek-ai/DeepSeek-V3',
    deepModel: 'deepseek-ai/DeepSeek-R1',
    needsKey: true,
    thinking: 'model',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: true, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: [
      'deepseek-ai/DeepSeek-V3',
      'deepseek-ai/DeepSeek-R1',
      'Pro/deepseek-ai/DeepSeek-R1',
      'deepseek-ai/DeepSeek-V4-Pro',
      'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B',
    ],
    concurrency: 4,
  },
  {
    id: 'bailian',
    name: 'Alibaba Cloud Bailian',
    nameZh: '阿里云百炼',
    baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    fastModel: 'deepseek-v3.2',
    deepModel: 'deepseek-v3.2',
    needsKey: true,
    thinking: 'enable_thinking',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: true, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: ['deepseek-v3.2', 'deepseek-v3.1', 'deepseek-r1', 'deepseek-v3', 'deepseek-v4-flash', 'deepseek-v4-pro'],
    concurrency: 4,
  },
  {
    id: 'tencent',
    name: 'Tencent Cloud (LKE)',
    nameZh: '腾讯云知识引擎',
    baseURL: 'https://api.lkeap.cloud.tencent.com/v1',
    fastModel: 'deepseek-v3.2',
    deepModel: 'deepseek-r1-0528',
    needsKey: true,
    thinking: 'model',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: false, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: ['deepseek-v3.2', 'deepseek-v3.1-terminus', 'deepseek-r1-0528', 'deepseek-v3-0324'],
    concurrency: 4,
  },
  {
    id: 'qianfan',
    name: 'Baidu Qianfan',
    nameZh: '百度千帆',
    baseURL: 'https://qianfan.baidubce.com/v2',
    fastModel: 'deepseek-v3',
    deepModel: 'deepseek-r1',
    needsKey: true,
    thinking: 'model',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: false, deep: false },
    contextWindow: 64_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: ['deepseek-v3', 'deepseek-r1', 'deepseek-v3.1-250821', 'deepseek-v3.1-think-250821'],
    concurrency: 4,
  },
  {
    id: 'volcengine',
    name: 'Volcano Engine Ark',
    nameZh: '火山方舟',
    baseURL: 'https://ark.cn-beijing.volces.com/api/v3',
    fastModel: 'deepseek-v3-250324',
    deepModel: 'deepseek-r1-250120',
    needsKey: true,
    thinking: 'model',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: false, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.blocked',
    models: ['deepseek-v3-250324', 'deepseek-r1-250120', 'deepseek-v4-flash-ga-260731'],
    concurrency: 4,
  },
  {
    id: 'nvidia',
    name: 'NVIDIA NIM',
    nameZh: 'NVIDIA NIM',
    baseURL: 'https://integrate.api.nvidia.com/v1',
    fastModel: 'deepseek-ai/deepseek-v4-flash',
    deepModel: 'deepseek-ai/deepseek-r1',
    needsKey: true,
    thinking: 'model',
    reasoningFormat: 'think-tags',
    jsonMode: { fast: false, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.blocked',
    models: ['deepseek-ai/deepseek-v4-flash', 'deepseek-ai/deepseek-r1'],
    concurrency: 4,
  },
  {
    id: 'azure',
    name: 'Azure AI Foundry',
    nameZh: 'Azure AI Foundry',
    baseURL: 'https://YOUR-RESOURCE.services.ai.azure.com/openai/v1',
    fastModel: 'DeepSeek-V3-0324',
    deepModel: 'DeepSeek-R1',
    needsKey: true,
    thinking: 'model',
    reasoningFormat: 'think-tags',
    jsonMode: { fast: false, deep: false },
    contextWindow: 128_000,
    hasModels: false,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'api-key',
    corsFixKey: 'llm.cors.fix.azure',
    models: ['DeepSeek-V3-0324', 'DeepSeek-R1', 'DeepSeek-R1-0528'],
    concurrency: 4,
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    nameZh: 'OpenRouter',
    baseURL: 'https://openrouter.ai/api/v1',
    fastModel: 'deepseek/deepseek-v3.2',
    deepModel: 'deepseek/deepseek-v3.2',
    needsKey: true,
    thinking: 'openrouter',
    reasoningFormat: 'reasoning',
    jsonMode: { fast: false, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: ['deepseek/deepseek-v3.2', 'deepseek/deepseek-r1', 'deepseek/deepseek-chat'],
    concurrency: 4,
  },
  {
    id: 'ollama',
    name: 'Ollama (local)',
    nameZh: 'Ollama（本地）',
    baseURL: 'http://localhost:11434/v1',
    fastModel: 'deepseek-r1:8b',
    deepModel: 'deepseek-r1:8b',
    needsKey: false,
    thinking: 'reasoning_effort',
    reasoningFormat: 'reasoning',
    jsonMode: { fast: true, deep: true },
    contextWindow: 32_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.ollama',
    models: ['deepseek-r1:1.5b', 'deepseek-r1:7b', 'deepseek-r1:8b', 'deepseek-r1:14b', 'deepseek-r1:32b'],
    concurrency: 2,
  },
  {
    id: 'lmstudio',
    name: 'LM Studio (local)',
    nameZh: 'LM Studio（本地）',
    baseURL: 'http://localhost:1234/v1',
    fastModel: 'deepseek-r1-distill-qwen-7b',
    deepModel: 'deepseek-r1-distill-qwen-7b',
    needsKey: false,
    thinking: 'model',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: false, deep: false },
    contextWindow: 32_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.lmstudio',
    models: ['deepseek-r1-distill-qwen-7b'],
    concurrency: 2,
  },
  {
    id: 'vllm',
    name: 'vLLM / SGLang (self-hosted)',
    nameZh: 'vLLM / SGLang（自建）',
    baseURL: 'http://localhost:8000/v1',
    fastModel: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
    deepModel: 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
    needsKey: false,
    thinking: 'model',
    reasoningFormat: 'reasoning',
    jsonMode: { fast: true, deep: false },
    contextWindow: 32_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.vllm',
    models: ['deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'],
    concurrency: 2,
  },
  {
    id: 'custom',
    name: 'Custom (OpenAI-compatible)',
    nameZh: '自定义（OpenAI 兼容）',
    baseURL: 'http://localhost:8000/v1',
    fastModel: 'deepseek-flash',
    deepModel: 'deepseek-flash',
    needsKey: false,
    thinking: 'model',
    reasoningFormat: 'reasoning_content',
    jsonMode: { fast: false, deep: false },
    contextWindow: 128_000,
    hasModels: true,
    hasBalance: false,
    hasTools: false,
    toolCalling: 'probe',
    auth: 'bearer',
    corsFixKey: 'llm.cors.fix.cloud',
    models: [],
    concurrency: 4,
  },
];

export function findPreset(id: string): ProviderPreset | undefined {
  return PROVIDER_PRESETS.find((p) => p.id === id);
}

/** The preset for a settings object; an unknown id behaves like Custom (the safest assumptions). */
export function presetFor(providerId: string): ProviderPreset {
  return findPreset(providerId) ?? (findPreset('custom') as ProviderPreset);
}

/** Known context windows by model name pattern; anything else falls back to the preset's value. */
const WINDOWS: readonly [RegExp, number][] = [
  [/deepseek-v4|deepseek-flash/i, 1_000_000],
  [/distill/i, 32_000],
  [/deepseek-(chat|reasoner)$/i, 128_000],
  [/v3\.[12]|v3-1|v3-2/i, 128_000],
  [/r1|v3/i, 64_000],
];

export function contextWindowFor(providerId: string, model: string): number {
  const preset = presetFor(providerId);
  if (preset.id === 'ollama' || preset.id === 'lmstudio' || preset.id === 'vllm') return preset.contextWindow;
  for (const [re, n] of WINDOWS) if (re.test(model)) return n;
  return preset.contextWindow;
}

import type { Command } from 'commander';
import type { CliFlags } from './config';

/** The provider flags of every model-backed command; their values resolve through resolveCliConfig. */
export type ProviderFlags = Pick<CliFlags, 'provider' | 'model' | 'baseUrl'>;

export function withProviderOptions(cmd: Command): Command {
  return cmd
    .option('--provider <name>', 'provider preset id (deepseek, siliconflow, bailian, tencent, qianfan, volcengine, nvidia, azure, openrouter, ollama, lmstudio, vllm, custom)')
    .option('--model <id>', 'model id for this run')
    .option('--base-url <url>', 'OpenAI-compatible base URL');
}

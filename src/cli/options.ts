import type { Command } from 'commander';
import type { CliFlags } from './config';

/** The provider flags of every model-backed command; their values resolve through resolveCliConfig. */
export type ProviderFlags = Pick<CliFlags, 'provider' | 'model' | 'baseUrl'>;

export function withProviderOptions(cmd: Command): Command {
  return cmd
    .option(
      '--provider <name>',
      'provider preset id (deepseek, siliconflow, bailian, tencent, qianfan, volcengine, nvidia, azure, openrouter, ollama, lmstudio, vllm, custom)',
    )
    .option('--model <id>', 'model id for this run')
    .option('--base-url <url>', 'OpenAI-compatible base URL');
}

/** Flags of every command that reads a document (PDFs, scans, links). */
export function withDocumentOptions(cmd: Command): Command {
  return cmd
    .option('--ocr', 'agree in advance to send scans (PDFs without text, images) to DeepSeek OCR (CNY 1.5 per 1,000 pages); results are cached')
    .option('--pdf-password <password>', 'the password of a protected PDF')
    .option('--allow-private', 'allow reading links to this machine or a private network');
}

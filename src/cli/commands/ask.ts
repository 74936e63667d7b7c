import type { Command } from 'commander';
import { withProviderOptions } from '../options';
import type { AskFlags } from '../actions/ask';

export function registerAsk(program: Command): void {
  const cmd = program
    .command('ask <question>')
    .description('Ask DeepSeek; the answer streams to stdout, reasoning and usage to stderr ("-" reads the question from stdin)')
    .option('--deep', 'deep thinking (深度思考) instead of fast (快速)')
    .option('--system <text>', 'a system prompt')
    .option('--json', 'print one JSON object (text, reasoning, usage, cost) instead of streaming')
    .option('--no-reasoning', 'do not show the reasoning on stderr')
    .option('--no-mask', 'send phone/ID/e-mail/card numbers unmasked');
  withProviderOptions(cmd).action(async (question: string, opts: AskFlags) => (await import('../actions/ask')).askAction(question, opts));
}

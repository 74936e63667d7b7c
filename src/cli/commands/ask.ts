import type { Command } from 'commander';
import { withDocumentOptions, withProviderOptions } from '../options';

function collect(v: string, prev: string[]): string[] {
  return [...prev, v];
}
import type { AskFlags } from '../actions/ask';

export function registerAsk(program: Command): void {
  const cmd = program
    .command('ask <question>')
    .description('Ask DeepSeek; the answer streams to stdout, reasoning and usage to stderr ("-" reads the question from stdin)')
    .option('--deep', 'deep thinking (深度思考) instead of fast (快速)')
    .option('--system <text>', 'a system prompt')
    .option('--json', 'print one JSON object (text, reasoning, usage, cost) instead of streaming')
    .option('--no-reasoning', 'do not show the reasoning on stderr')
    .option('--no-mask', 'send phone/ID/e-mail/card numbers unmasked')
    .option('--web', '联网搜索: search the web first, answer citing the sources, then print them under "Sources:"')
    .option('--attach <file>', 'a document the question is about: .txt/.md/.docx/.pdf, a scan, or a https:// link; repeatable', collect, []);
  withDocumentOptions(withProviderOptions(cmd)).action(async (question: string, opts: AskFlags) => (await import('../actions/ask')).askAction(question, opts));
}

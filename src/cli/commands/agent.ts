import { InvalidArgumentError, type Command } from 'commander';
import { withProviderOptions } from '../options';
import type { AgentFlags } from '../actions/agent';

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`not a positive whole number: ${v}`);
  return n;
};

export function registerAgent(program: Command): void {
  const cmd = program
    .command('agent <workbook> <task>')
    .description(
      'Agent mode on an .xlsx file: the model reads the workbook with tools and proposes changes; they are written to -o (never to the input) with --yes, or listed without it',
    )
    .option('-o, --output <file>', 'the result workbook (.xlsx); the input is never modified')
    .option(
      '--yes',
      'apply the changes and write the output without asking (changes that overwrite unread filled cells or exceed --max-cells still ask on a terminal, and are skipped elsewhere)',
    )
    .option('--max-steps <n>', 'tool calls the run may make (default 20)', int)
    .option('--max-tokens <n>', 'tokens the run may use, prompts and answers together (default 200000)', int)
    .option('--max-cells <n>', 'a change writing more cells than this asks first (default 10000)', int)
    .option('--deep', 'deep thinking (深度思考) instead of fast (快速)')
    .option('--transcript <file>', "save the run's transcript (.md, or .json for the raw record); it never holds the key");
  withProviderOptions(cmd).action(async (workbook: string, task: string, o: AgentFlags) => (await import('../actions/agent')).agentAction(workbook, task, o));
}

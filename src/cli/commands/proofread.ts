import type { Command } from 'commander';
import { withProviderOptions } from '../options';
import type { ProofreadFlags } from '../actions/proofread';

export function registerProofread(program: Command): void {
  const cmd = program
    .command('proofread <input>')
    .description('Proofread a .txt/.md/.docx file: prints suggestions; --apply -o OUT.docx writes them as tracked changes (a .docx keeps its own formatting)')
    .option('--json', 'print the suggestions as JSON')
    .option('--local', 'only the offline punctuation and full-width/half-width check (no model)')
    .option('--apply', 'write the corrections to -o (.docx: tracked changes; .txt/.md: corrected text)')
    .option('-o, --output <file>', 'output file for --apply');
  withProviderOptions(cmd).action(async (input: string, o: ProofreadFlags) => (await import('../actions/proofread')).proofreadAction(input, o));
}

import type { Command } from 'commander';
import { withProviderOptions } from '../options';
import type { AnalyzeFlags } from '../actions/analyze';

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command('analyze <data>')
    .description('Descriptive statistics, group-by, monthly trend, top values and correlations as Markdown; --narrate adds a checked narrative')
    .option('--by <column>', 'column to group by')
    .option('--date <column>', 'date column for the monthly trend')
    .option('--measure <column...>', 'numeric columns to aggregate (default: all numeric)')
    .option('--narrate', 'have the model write trends, anomalies and suggestions from the computed facts')
    .option('-o, --output <file>', 'write the report here: .md (Markdown) or .docx (Word); default: Markdown to stdout')
    .option('--sheet <name>', 'sheet to read from an .xlsx workbook');
  withProviderOptions(cmd).action(async (data: string, o: AnalyzeFlags) => (await import('../actions/analyze')).analyzeAction(data, o));
}

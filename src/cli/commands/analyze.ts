import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../errors';
import { isConfigured } from '../../llm/settings';
import { translate } from '../../locales';
import { readTable } from '../../sheets/read-table';
import { profileTable } from '../../sheets/profile';
import { analyzeTable } from '../../sheets/analysis';
import { narrate } from '../../sheets/narrate';
import { analysisToMarkdown } from '../../sheets/render';
import { resolveCliConfig } from '../config';
import { cliLocale } from '../report-error';
import { readInputFile } from './profile';

interface AnalyzeOptions {
  by?: string;
  date?: string;
  measure?: string[];
  narrate?: boolean;
  output?: string;
  sheet?: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze <data>')
    .description('Descriptive statistics, group-by, monthly trend, top values and correlations as Markdown; --narrate adds a checked narrative')
    .option('--by <column>', 'column to group by')
    .option('--date <column>', 'date column for the monthly trend')
    .option('--measure <column...>', 'numeric columns to aggregate (default: all numeric)')
    .option('--narrate', 'have the model write trends, anomalies and suggestions from the computed facts')
    .option('-o, --output <file>', 'write the report here: .md (Markdown) or .docx (Word); default: Markdown to stdout')
    .option('--sheet <name>', 'sheet to read from an .xlsx workbook')
    .option('--provider <id>', 'provider preset for --narrate')
    .option('--model <name>', 'model for --narrate')
    .option('--base-url <url>', 'endpoint for --narrate')
    .action(async (data: string, opts: AnalyzeOptions) => {
      const locale = cliLocale();
      const t = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
      const loaded = await readTable(data, readInputFile(data) as Buffer, opts.sheet);
      const facts = analyzeTable(loaded.table, { by: opts.by, dateColumn: opts.date, measures: opts.measure }, profileTable(loaded.table));
      let story: Awaited<ReturnType<typeof narrate>> | undefined;
      if (opts.narrate) {
        const { settings } = resolveCliConfig({ provider: opts.provider, model: opts.model, baseUrl: opts.baseUrl });
        if (!isConfigured(settings)) throw new AppError('needsProvider');
        story = await narrate(settings, facts, { locale });
        for (const w of story.warnings) console.error(t(w));
        if (story.unverified.length) console.error(t('sheets.analyze.unverified', { numbers: story.unverified.join(', ') }));
      }
      const md = analysisToMarkdown(loaded.name, facts, t, story);
      if (opts.output && /\.docx$/i.test(opts.output)) {
        // "Into Word": the same report as a .docx with real headings and tables.
        const { markdownToDocx } = await import('../../docs/markdown-to-docx');
        writeFileSync(opts.output, await markdownToDocx(md, { title: t('sheets.report.title', { name: loaded.name }) }));
      } else if (opts.output) writeFileSync(opts.output, md);
      else process.stdout.write(md);
    });
}

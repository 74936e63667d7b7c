import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../errors';
import { isConfigured } from '../../llm/settings';
import { translate } from '../../locales';
import { readTable } from '../../sheets/read-table';
import { profileTable } from '../../sheets/profile';
import { applyPlan } from '../../sheets/apply-plan';
import { encodeTable } from '../../sheets/write-table';
import { changeLogTable, stepLine } from '../../sheets/render';
import { suggestPlan } from '../../sheets/suggest-plan';
import { resolveCliConfig } from '../config';
import { cliLocale } from '../report-error';
import { readInputFile } from './profile';

interface CleanOptions {
  plan?: string;
  output?: string;
  suggest?: boolean;
  sheet?: string;
  provider?: string;
  model?: string;
  baseUrl?: string;
}

export function registerClean(program: Command): void {
  program
    .command('clean <data>')
    .description('Apply a cleaning plan (JSON) to every row of a CSV or .xlsx; --suggest asks the model for a plan instead')
    .option('--plan <file>', 'cleaning plan JSON {"steps":[…]}')
    .option('-o, --output <file>', 'output .csv (UTF-8) or .xlsx (with a change-log sheet)')
    .option('--suggest', 'ask the model for a plan from the profile and 20 masked sample rows, write it to --plan, apply nothing')
    .option('--sheet <name>', 'sheet to read from an .xlsx workbook')
    .option('--provider <id>', 'provider preset for --suggest')
    .option('--model <name>', 'model for --suggest')
    .option('--base-url <url>', 'endpoint for --suggest')
    .action(async (data: string, opts: CleanOptions) => {
      const locale = cliLocale();
      const t = (k: string, p?: Record<string, string | number>) => translate(locale, k, p);
      if (!opts.plan) throw new AppError('sheets.cli.needPlan');
      const loaded = await readTable(data, readInputFile(data) as Buffer, opts.sheet);
      if (opts.suggest) {
        const { settings } = resolveCliConfig({ provider: opts.provider, model: opts.model, baseUrl: opts.baseUrl });
        if (!isConfigured(settings)) throw new AppError('needsProvider');
        const res = await suggestPlan(settings, loaded.table, profileTable(loaded.table), { locale });
        for (const w of res.warnings) console.error(t(w));
        for (const d of res.dropped) console.error(`${d.op}: ${t(d.error.key, d.error.params)}`);
        writeFileSync(opts.plan, `${JSON.stringify(res.plan, null, 2)}\n`);
        console.log(t('sheets.cli.planWritten', { steps: res.plan.steps.length, file: opts.plan, data }));
        return;
      }
      if (!opts.output) throw new AppError('sheets.cli.needOut');
      const result = applyPlan(loaded.table, readInputFile(opts.plan, 'utf8') as string);
      for (const r of result.reports) console.log(stepLine(r, t));
      const bytes = await encodeTable(opts.output, result.table, loaded.name, [{ name: t('sheets.changelog.sheet'), table: changeLogTable(result.reports) }]);
      writeFileSync(opts.output, bytes);
      console.log(t('sheets.cli.wrote', { rows: result.table.rows.length, cols: result.table.headers.length, file: basename(opts.output) }));
    });
}

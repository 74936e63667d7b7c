// The panel's door to Excel: the adapter in src/office/excel.ts plus what the pane decides on top
// (sheet names, the change log, the analysis layout). Nothing here runs in standalone mode.
import { readTableFromExcel, writeTableToNewSheet, writeReportSheet, insertFormula, activeCellAddress } from '../../../src/office/excel';
import type { BlockOptions, ReadSource } from '../../../src/office/excel';
import type { Table } from '../../../src/sheets/table';
import type { StepReport } from '../../../src/sheets/plan-state';
import type { Facts } from '../../../src/sheets/analysis';
import type { Narrative } from '../../../src/sheets/narrate';
import { changeLogTable, factsTables } from '../../../src/sheets/render';
import type { Translate } from '../../../src/locales';
import type { LoadedData } from './SheetsPanel.types';

export async function readFromExcel(source: ReadSource, opts: BlockOptions): Promise<LoadedData> {
  const r = await readTableFromExcel(source, opts);
  return { table: r.table, name: r.sheet, address: r.address, tableName: r.tableName };
}

/** The cleaned table on a new sheet named after the source, then the change log on its own new sheet. */
export async function applyToNewSheets(
  sourceName: string,
  cleaned: Table,
  reports: StepReport[],
  t: Translate,
  opts: BlockOptions,
): Promise<{ sheet: string; log: string }> {
  const sheet = await writeTableToNewSheet(`${sourceName} (${t('sheets.tab.clean')})`, cleaned, { ...opts, activate: true });
  const log = await writeTableToNewSheet(`${sourceName} ${t('sheets.changelog.sheet')}`, changeLogTable(reports), {});
  return { sheet, log };
}

export async function writeAnalysis(facts: Facts, narrative: { narrative: Narrative; unverified: string[] } | null, t: Translate): Promise<string> {
  const blocks = factsTables(facts, t);
  const lead = facts.measures[0];
  const lines: string[] = [];
  if (narrative) {
    const n = narrative.narrative;
    lines.push(n.summary, ...n.trends.map((x) => `• ${x}`), ...n.anomalies.map((x) => `• ${x}`), ...n.suggestions.map((x) => `→ ${x}`));
    if (narrative.unverified.length) lines.push(t('sheets.analyze.unverified', { numbers: narrative.unverified.join(', ') }));
  }
  const charts: Parameters<typeof writeReportSheet>[3] = [];
  // Blocks come in factsTables' order: describe, group-by, monthly; the lead measure's sum is column 2.
  const groupIdx = facts.groupBy ? (facts.describe.length ? 1 : 0) : -1;
  const monthIdx = facts.monthly ? (facts.describe.length ? 1 : 0) + (facts.groupBy ? 1 : 0) : -1;
  if (lead && groupIdx >= 0) charts.push({ block: groupIdx, categoryColumn: 0, valueColumn: 2, type: 'column', title: blocks[groupIdx].table.headers[2] });
  if (lead && monthIdx >= 0)
    charts.push({ block: monthIdx, categoryColumn: 0, valueColumn: 2, type: 'line', title: t('sheets.facts.perMonth', { column: lead }) });
  return writeReportSheet(t('sheets.tab.analyze'), lines, blocks, charts);
}

export { insertFormula, activeCellAddress };

import { message, type Message } from '../messages';
import type { PlanStep } from './plan-schema';

// A cleaning step as a sentence a user reads ("去掉所有列首尾空格", "把“下单日期”列转成 2024-01-05 格式"),
// as a Message the pane or the CLI translates. The step's JSON stays available behind "advanced".

const list = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');
const someColumns = (c: '*' | string | readonly string[]) => (c === '*' ? null : list(typeof c === 'string' ? [c] : c));

export function describeStep(step: PlanStep): Message {
  switch (step.op) {
    case 'trim':
    case 'toHalfWidth':
    case 'dropColumns': {
      const columns = someColumns(step.columns);
      return columns ? message(`sheets.step.${step.op}.some`, { columns }) : message(`sheets.step.${step.op}.all`);
    }
    case 'nullify': {
      const columns = someColumns(step.columns);
      const values = step.values.map((v) => `“${v}”`).join(' ');
      return columns ? message('sheets.step.nullify.some', { columns, values }) : message('sheets.step.nullify.all', { values });
    }
    case 'parseDate':
      return message('sheets.step.parseDate', { column: step.column, order: step.order ?? 'YMD' });
    case 'parseNumber':
      return message('sheets.step.parseNumber', { column: step.column });
    case 'dedupe':
      return step.keys?.length
        ? message(`sheets.step.dedupe.keys.${step.keep ?? 'first'}`, { keys: list(step.keys) })
        : message(`sheets.step.dedupe.rows.${step.keep ?? 'first'}`);
    case 'fillMissing':
      return message(`sheets.step.fillMissing.${step.strategy}`, { column: step.column, value: String(step.value ?? '') });
    case 'mapValues': {
      const pairs = Object.entries(step.mapping);
      const examples = pairs
        .slice(0, 3)
        .map(([from, to]) => `${from} → ${String(to)}`)
        .join(', ');
      return message('sheets.step.mapValues', { column: step.column, n: pairs.length, examples: pairs.length > 3 ? `${examples}, …` : examples });
    }
    case 'standardizeCase':
      return message(`sheets.step.standardizeCase.${step.to}`, { column: step.column });
    case 'splitColumn':
      return message('sheets.step.splitColumn', { column: step.column, separator: step.separator, into: list(step.into) });
    case 'renameColumn':
      return message('sheets.step.renameColumn', { from: step.from, to: step.to });
    case 'filterRows':
      return message(`sheets.step.filterRows.${step.where}`, { column: step.column, value: String(step.value ?? '') });
  }
}

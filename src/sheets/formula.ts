import { z } from 'zod';
import type { LlmSettings } from '../llm/settings';
import type { ChatEvent, ChatMessage } from '../llm/types';
import { generateObject } from '../llm/generate-object';
import { maskSensitive } from '../llm/masking';
import type { Locale } from '../locales/types';
import type { Table } from './table';
import { badFormula } from './errors';
import type { Message } from '../messages';

export const formulaSchema = z.object({ formula: z.string().min(2), explanation: z.string() });
export type FormulaAnswer = z.infer<typeof formulaSchema>;

export interface FormulaContext {
  /** Where the table sits, e.g. "Sheet1!A1:J201" (header row first). */
  address: string;
  table: Table;
  /** Excel table name when the data is a ListObject, so structured references can be used. */
  tableName?: string;
  targetCell?: string;
}

/** Column letters for 0-based index (0 → A, 26 → AA). */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function buildFormulaMessages(ctx: FormulaContext, request: string, locale: Locale, mask = true): ChatMessage[] {
  const start = /!?\$?([A-Z]+)\$?(\d+)/.exec(ctx.address.split('!').pop() ?? 'A1');
  const firstCol = start ? start[1] : 'A';
  const firstColIndex = [...firstCol].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const columns = ctx.table.headers.map((h, i) => `${columnLetter(firstColIndex + i)}: ${h}`).join('\n');
  const sample = ctx.table.rows
    .slice(0, 3)
    .map((r) => r.map((v) => (v === null ? '' : String(v))).join(' | '))
    .join('\n');
  const sampleText = mask ? maskSensitive(sample).text : sample;
  const lang = locale === 'zh-CN' ? 'Write the explanation in Simplified Chinese.' : 'Write the explanation in English.';
  return [
    {
      role: 'system',
      content: `You write Excel formulas. Given a table's location, its columns and a request, answer with one formula that starts with "=" and works in Excel 365 with English function names and comma separators, plus a short explanation of how it works. Use absolute ranges over the data rows (not the header). ${lang} Reply as JSON {"formula":"=...","explanation":"..."}.`,
    },
    {
      role: 'user',
      content: `Table: ${ctx.address}${ctx.tableName ? ` (Excel table "${ctx.tableName}")` : ''}, header row first, ${ctx.table.rows.length} data rows.\nColumns:\n${columns}\nFirst rows:\n${sampleText}\n${ctx.targetCell ? `The formula goes in ${ctx.targetCell}.\n` : ''}Request: ${request}`,
    },
  ];
}

/** Rejects what Excel would refuse outright: no leading "=", unbalanced parentheses or quotes. */
export function checkFormula(f: string): string | null {
  let s = f.trim();
  if (s.startsWith('```')) s = s.replace(/^```\w*\s*|\s*```$/g, '').trim();
  if (!s.startsWith('=')) s = `=${s}`;
  let depth = 0;
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return null;
  }
  return depth === 0 && !quoted && s.length > 1 ? s : null;
}

export async function suggestFormula(
  settings: LlmSettings,
  ctx: FormulaContext,
  request: string,
  opts: { locale: Locale; signal?: AbortSignal; onEvent?: (e: ChatEvent) => void },
): Promise<FormulaAnswer & { warnings: Message[] }> {
  const messages = buildFormulaMessages(ctx, request, opts.locale, settings.maskSensitive);
  const res = await generateObject(settings, { schema: formulaSchema, messages, mode: 'fast', signal: opts.signal, onEvent: opts.onEvent });
  const formula = checkFormula(res.object.formula);
  if (!formula) throw badFormula();
  return { formula, explanation: res.object.explanation, warnings: res.warnings };
}

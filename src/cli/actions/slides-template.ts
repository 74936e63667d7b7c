import { basename } from 'node:path';
import { AppError } from '../../errors';
import { translate, type MessageKey } from '../../locales';
import { matchLayouts, type LayoutMapping } from '../../slides/template/match-layouts';
import { parseKind } from '../../slides/template/match-layouts';
import { readTemplate, type LoadedTemplate } from '../../slides/template/read-template';
import { formatTemplateReport, templateReport } from '../../slides/template/template-report';
import { MAX_TEMPLATE_BYTES } from '../../slides/template/zip-limits';
import type { TemplateKind } from '../../slides/types';
import { readInputBytes } from '../io';
import { cliLocale } from '../report-error';

// --template, --layout kind=Name, --template-report: reading the template and the user's choices,
// printing the report. The work itself is the core's template workflow.

/** `--layout twoColumn="Two Content"` (repeatable) → kind → layout name or number. */
export function parseLayoutFlags(values: readonly string[] = []): Partial<Record<TemplateKind, string>> {
  const out: Partial<Record<TemplateKind, string>> = {};
  for (const v of values) {
    const m = /^\s*([\w-]+)\s*=\s*(.+?)\s*$/.exec(v);
    if (!m) throw new AppError('slides.template.error.badLayoutFlag', { value: v });
    out[parseKind(m[1])] = m[2].replace(/^["'“]|["'”]$/g, '');
  }
  return out;
}

export async function loadTemplateArg(path: string): Promise<LoadedTemplate> {
  const bytes = await readInputBytes(path, MAX_TEMPLATE_BYTES);
  return readTemplate(bytes, basename(path));
}

/** The layouts and choices, checked (an unknown --layout name fails here, before any model call). */
export function checkedMapping(t: LoadedTemplate, overrides: Partial<Record<TemplateKind, string>>): LayoutMapping {
  return matchLayouts(t.info, overrides);
}

export function printTemplateReport(t: LoadedTemplate, mapping: LayoutMapping): void {
  const locale = cliLocale();
  console.log(formatTemplateReport(templateReport(t.info, mapping), (k, p) => translate(locale, k, p)));
}

/** One stderr line: which layout each kind of slide went on. */
export function mappingSummary(t: LoadedTemplate, mapping: LayoutMapping): string {
  const locale = cliLocale();
  const tr = (k: MessageKey, p?: Record<string, string | number>) => translate(locale, k, p);
  const kinds = Object.values(mapping)
    .map((c) => `${tr(`slides.template.kind.${c.kind}`)} → "${(c.layout?.name ?? '—').replace(/\s+/g, ' ')}"`)
    .join(', ');
  return tr('slides.template.cli.using', { file: t.info.file, n: t.info.layouts.length, mapping: kinds });
}

import { variantKey } from '../locales/catalog';
import type { MessageKey, Translate } from '../locales';
import type { ColumnProfile, TableProfile } from './profile';
import type { Facts } from './analysis';
import type { Narrative } from './narrate';
import type { StepReport } from './plan-state';
import type { Cell, Table } from './table';

/** One line of "range / top values" for a column, the same in the pane and the CLI. */
export function columnRange(c: ColumnProfile): string {
  if (c.stats) return `${c.stats.min} … ${c.stats.max} (mean ${c.stats.mean}, median ${c.stats.median}, sd ${c.stats.stdev})`;
  if (c.dateRange) return `${c.dateRange.min} … ${c.dateRange.max}`;
  return c.top
    .slice(0, 3)
    .map((t) => `${t.value} (${t.count})`)
    .join(', ');
}

export function columnIssues(c: ColumnProfile, t: Translate): string[] {
  const out: string[] = [];
  if (c.formats.length > 1)
    out.push(
      `${t('sheets.profile.formats', { n: c.formats.filter((f) => f.value !== 'other').length })}: ${c.formats.map((f) => `${f.value} ${f.count}`).join(', ')}`,
    );
  if (c.fullWidth) out.push(t('sheets.profile.fullWidth', { n: c.fullWidth }));
  if (c.straySpaces) out.push(t('sheets.profile.spaces', { n: c.straySpaces }));
  if (c.stats?.outliers) out.push(t('sheets.profile.outliers', { n: c.stats.outliers }));
  // Category columns list non-answers among their top values; elsewhere they would hide in "other".
  const listed = new Set(c.stats || c.dateRange ? [] : c.top.slice(0, 3).map((x) => x.value));
  const tokens = c.nonAnswers.filter((m) => !listed.has(m.value));
  if (tokens.length) out.push(t('sheets.profile.nonAnswers', { values: tokens.map((m) => `“${m.value}” ${m.count}`).join(', ') }));
  return out;
}

function mdCell(v: unknown): string {
  return String(v ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

export function markdownTable(headers: string[], rows: unknown[][]): string {
  return [`| ${headers.map(mdCell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join(
    '\n',
  );
}

/** The profile as a readable table (CLI, Markdown). */
export function profileToMarkdown(p: TableProfile, t: Translate): string {
  const head = t('sheets.profile.summary', { rows: p.rows, cols: p.columns.length, dups: p.duplicateRows });
  const rows = p.columns.map((c) => [c.name, t(`sheets.type.${c.type}`), c.missing, c.distinct, columnRange(c), columnIssues(c, t).join('; ')]);
  return `${head}\n\n${markdownTable([t('sheets.profile.column'), t('sheets.profile.type'), t('sheets.profile.missing'), t('sheets.profile.distinct'), t('sheets.profile.range'), t('sheets.profile.issues')], rows)}\n`;
}

/** What became of a suggested plan: how many steps were kept, and why each left-out step was. */
export function suggestionReport(
  res: {
    proposed: number;
    plan: { steps: unknown[] };
    dropped: { step: number; op: string; error: { key: MessageKey; params: Record<string, string | number> } }[];
  },
  t: Translate,
): string[] {
  if (!res.dropped.length) return [];
  const reason = (e: { key: MessageKey; params: Record<string, string | number> }) => t(variantKey(e.key, 'reason'), e.params);
  return [
    t('sheets.suggest.dropped', { proposed: res.proposed, kept: res.plan.steps.length, n: res.dropped.length }),
    ...res.dropped.map((d) => t('sheets.suggest.droppedStep', { step: d.step, op: d.op, reason: reason(d.error) })),
  ];
}

/** "6 of 9 steps applied; 3 skipped because they are turned off" — only when some were skipped. */
export function applySummary(reports: readonly StepReport[], t: Translate): string | null {
  const skipped = reports.filter((r) => r.skipped).length;
  return skipped ? t('sheets.clean.summary', { applied: reports.length - skipped, total: reports.length, skipped }) : null;
}

export function stepLine(r: StepReport, t: Translate): string {
  if (r.skipped) return t('sheets.cli.stepSkipped', { index: r.index, description: r.description });
  const line = t('sheets.cli.step', { index: r.index, description: r.description, changed: r.cellsChanged, removed: r.rowsRemoved, unparsed: r.unparseable });
  return r.unparseableSamples.length ? `${line} (${t('sheets.clean.unparsedSamples', { samples: r.unparseableSamples.join(', ') })})` : line;
}

/** The change log sheet: one row per step with its counts. */
export function changeLogTable(reports: StepReport[]): Table {
  return {
    headers: ['#', 'step', 'cells changed', 'rows removed', 'not parsed', 'examples not parsed'],
    rows: reports.map((r) => [
      r.index,
      r.skipped ? `(skipped) ${r.description}` : r.description,
      r.cellsChanged,
      r.rowsRemoved,
      r.unparseable,
      r.unparseableSamples.join(' · ') || null,
    ]),
  };
}

/** The facts as titled tables: the Analysis sheet writes them one under another; Markdown prints them. */
export function factsTables(f: Facts, t: Translate): { title: string; table: Table }[] {
  const out: { title: string; table: Table }[] = [];
  const sum = (m: string) => t('sheets.facts.sumOf', { column: m });
  if (f.describe.length) {
    out.push({
      title: t('sheets.facts.describe'),
      table: {
        headers: [
          t('sheets.profile.column'),
          'n',
          t('sheets.facts.sum'),
          t('sheets.facts.mean'),
          t('sheets.facts.median'),
          'min',
          'max',
          t('sheets.facts.stdev'),
        ],
        rows: f.describe.map((d) => [d.column, d.count, d.sum, d.mean, d.median, d.min, d.max, d.stdev]),
      },
    });
  }
  const lead = f.measures[0];
  if (f.groupBy) {
    const g = f.groupBy;
    out.push({
      title: t('sheets.facts.by', { column: g.by }) + (g.otherGroups ? ` (${t('sheets.facts.more', { n: g.otherGroups })})` : ''),
      table: {
        headers: [
          g.by,
          t('sheets.facts.count'),
          ...f.measures.map(sum),
          ...(lead ? [t('sheets.facts.meanOf', { column: lead })] : []),
          lead ? t('sheets.facts.shareOf', { column: lead }) : t('sheets.facts.shareOfRows'),
        ],
        rows: g.groups.map((r) => [r.key, r.count, ...f.measures.map((m) => r.sums[m]), ...(lead ? [r.means[lead]] : []), r.sharePct]),
      },
    });
  }
  if (f.monthly) {
    const m = f.monthly;
    out.push({
      title: t('sheets.facts.monthly', { column: m.dateColumn }),
      table: {
        headers: [t('sheets.facts.month'), t('sheets.facts.count'), ...f.measures.map(sum), t('sheets.facts.change')],
        rows: m.months.map((r) => [r.month, r.count, ...f.measures.map((x) => r.sums[x]), r.changePct]),
      },
    });
  }
  for (const top of f.top) {
    out.push({
      title: t('sheets.facts.top', { column: top.column }),
      table: {
        headers: [top.column, t('sheets.facts.count'), t('sheets.facts.shareOfRows')],
        rows: top.values.map((v) => [v.value, v.count, v.sharePct] as Cell[]),
      },
    });
  }
  if (f.correlations.length) {
    out.push({ title: t('sheets.facts.correlations'), table: { headers: ['A', 'B', 'r'], rows: f.correlations.map((c) => [c.a, c.b, c.r]) } });
  }
  return out;
}

export function analysisToMarkdown(name: string, f: Facts, t: Translate, narrative?: { narrative: Narrative; unverified: string[] }): string {
  const parts = [`# ${t('sheets.report.title', { name })}`, ''];
  if (narrative) {
    const n = narrative.narrative;
    parts.push(`## ${t('sheets.report.narrative')}`, '', n.summary, '');
    for (const [key, list] of [
      ['sheets.report.trends', n.trends],
      ['sheets.report.anomalies', n.anomalies],
      ['sheets.report.suggestions', n.suggestions],
    ] as const) {
      if (list.length) parts.push(`### ${t(key)}`, '', ...list.map((x) => `- ${x}`), '');
    }
    parts.push(
      narrative.unverified.length ? `> ⚠ ${t('sheets.analyze.unverified', { numbers: narrative.unverified.join(', ') })}` : `> ${t('sheets.analyze.verified')}`,
      '',
    );
  }
  parts.push(`## ${t('sheets.report.facts')}`, '');
  for (const { title, table } of factsTables(f, t)) parts.push(`### ${title}`, '', markdownTable(table.headers, table.rows), '');
  return parts.join('\n');
}

import type { Translate } from '../../locales';
import { message, type Message } from '../../messages';
import { TEMPLATE_KINDS, type TemplateKind } from '../types';
import type { LayoutMapping, MatchHow } from './match-layouts';
import type { TemplateInfo } from './types';

// What the user sees before rendering: the template's layouts, and which kind of slide goes on which
// (with the reason, and the fallback when the template lacks a kind), so a choice can be corrected.

export interface ReportLayout {
  number: number;
  name: string;
  type: string;
  master: number;
  /** Placeholder kinds on the layout, e.g. ['title', 'body', 'body']; footers left out. */
  placeholders: string[];
  usedFor: TemplateKind[];
}

export interface ReportKind {
  kind: TemplateKind;
  layout: { number: number; name: string; key: string } | null;
  how: MatchHow;
  via?: TemplateKind;
  note?: Message;
}

export interface TemplateReport {
  file: string;
  page: { w: number; h: number };
  masters: number;
  layouts: ReportLayout[];
  kinds: ReportKind[];
  fonts: TemplateInfo['fonts'];
  exampleSlides: number;
  notices: Message[];
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function templateReport(t: TemplateInfo, m: LayoutMapping): TemplateReport {
  const kinds: ReportKind[] = TEMPLATE_KINDS.map((kind) => {
    const c = m[kind];
    return { kind, layout: c.layout ? { number: c.layout.number, name: clean(c.layout.name), key: c.layout.key } : null, how: c.how, via: c.via, note: c.note };
  });
  const layouts = t.layouts.map((l) => ({
    number: l.number,
    name: clean(l.name),
    type: l.type,
    master: l.master + 1,
    placeholders: l.placeholders.filter((p) => !['dt', 'ftr', 'sldNum', 'hdr'].includes(p.type)).map((p) => (p.vertical ? `${p.type}(vertical)` : p.type)),
    usedFor: kinds.filter((k) => k.layout?.key === l.key).map((k) => k.kind),
  }));
  const notices: Message[] = kinds.flatMap((k) => (k.note ? [k.note] : []));
  if (t.macrosRemoved) notices.push(message('slides.template.notice.macros', { file: t.file }));
  return { file: t.file, page: t.page, masters: t.masters.length, layouts, kinds, fonts: t.fonts, exampleSlides: t.exampleSlides, notices };
}

function ratio(page: { w: number; h: number }): string {
  const r = page.w / page.h;
  return Math.abs(r - 16 / 9) < 0.02 ? '16:9' : Math.abs(r - 4 / 3) < 0.02 ? '4:3' : Math.abs(r - 16 / 10) < 0.02 ? '16:10' : r.toFixed(2);
}

/** The report as lines of text (the CLI prints it), in the user's language. */
export function formatTemplateReport(r: TemplateReport, t: Translate): string {
  const out: string[] = [];
  out.push(
    t('slides.template.report.head', {
      file: r.file,
      w: r.page.w.toFixed(2),
      h: r.page.h.toFixed(2),
      ratio: ratio(r.page),
      masters: r.masters,
      layouts: r.layouts.length,
      examples: r.exampleSlides,
    }),
  );
  const face = (latin: string, ea: string) => [latin, ea].filter(Boolean).join(' / ') || '—';
  out.push(
    t('slides.template.report.fonts', {
      major: face(r.fonts.majorLatin, r.fonts.majorEa),
      minor: face(r.fonts.minorLatin, r.fonts.minorEa),
      hans: r.fonts.hans || '—',
    }),
  );
  out.push('', t('slides.template.report.mapping'));
  const width = Math.max(...r.kinds.map((k) => t(`slides.template.kind.${k.kind}`).length));
  for (const k of r.kinds) {
    const label = t(`slides.template.kind.${k.kind}`).padEnd(width);
    const target = k.layout ? `${k.layout.number} "${k.layout.name}"` : '—';
    const how =
      k.how === 'fallback' && k.via
        ? t('slides.template.how.fallback', { kind: t(`slides.template.kind.${k.via}`) })
        : t(`slides.template.how.${k.how}`, { type: r.layouts.find((l) => l.number === k.layout?.number)?.type ?? '' });
    out.push(`  ${label}  → ${target}  (${how})`);
  }
  out.push('', t('slides.template.report.layouts'));
  for (const l of r.layouts) {
    const used = l.usedFor.length ? `  ← ${l.usedFor.map((k) => t(`slides.template.kind.${k}`)).join(', ')}` : '';
    out.push(
      `  ${String(l.number).padStart(2)}. "${l.name}"  [${l.type}${r.masters > 1 ? `, ${t('slides.template.report.master', { n: l.master })}` : ''}]  ${l.placeholders.join(', ') || '—'}${used}`,
    );
  }
  if (r.notices.length) out.push('', ...r.notices.map((n) => `• ${t(n.key, n.params)}`));
  out.push('', t('slides.template.report.override'));
  return out.join('\n');
}

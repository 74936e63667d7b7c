import { translate, type KeySuffix, type Locale } from '../locales';
import type { Minutes } from './minutes-schema';

const cell = (s: string | null | undefined, empty: string) => (s ?? empty).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Minutes record → the formatted section (title, date and attendees, summary, topics, decisions, action-item table, risks). */
export function renderMinutesMarkdown(m: Minutes, lang: Locale): string {
  const t = (k: KeySuffix<'word.minutes.'>) => translate(lang, `word.minutes.${k}`);
  const out: string[] = [`# ${m.title || t('untitled')}`, ''];
  const sep = lang === 'zh-CN' ? '：' : ': ';
  const meta: string[] = [];
  if (m.date) meta.push(`**${t('date')}**${sep}${m.date}`);
  if (m.attendees.length) meta.push(`**${t('attendees')}**${sep}${m.attendees.join(lang === 'zh-CN' ? '、' : ', ')}`);
  for (const line of meta) out.push(line, '');
  if (m.summary) out.push(`## ${t('summary')}`, '', m.summary, '');
  if (m.topics.length) {
    out.push(`## ${t('topics')}`, '');
    m.topics.forEach((topic, i) => {
      out.push(`### ${i + 1}. ${topic.title}`, '');
      if (topic.points.length) out.push(...topic.points.map((p) => `- ${p}`), '');
    });
  }
  if (m.decisions.length) out.push(`## ${t('decisions')}`, '', ...m.decisions.map((d, i) => `${i + 1}. ${d}`), '');
  if (m.actionItems.length) {
    const none = t('unassigned');
    out.push(`## ${t('actionItems')}`, '', `| # | ${t('task')} | ${t('owner')} | ${t('due')} |`, '| --- | --- | --- | --- |');
    m.actionItems.forEach((a, i) => out.push(`| ${i + 1} | ${cell(a.task, '')} | ${cell(a.owner, none)} | ${cell(a.due, none)} |`));
    out.push('');
  }
  if (m.risks.length) out.push(`## ${t('risks')}`, '', ...m.risks.map((r) => `- ${r}`), '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

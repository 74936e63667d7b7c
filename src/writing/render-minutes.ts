import { translate, type KeySuffix, type Locale } from '../locales';
import { statusOf, type ActionStatus, type Minutes } from './minutes-schema';

const cell = (s: string | null | undefined, empty: string) => (s ?? empty).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** An action item's status as a word in the minutes' language (zh-CN: 待办 / 进行中 / 已完成). */
export function statusWord(status: ActionStatus, lang: Locale): string {
  return translate(lang, `word.minutes.status.${status}`);
}

/**
 * A Minutes record → the formatted section: title; date and place on one line, attendees; summary, topics,
 * decisions, the action-item table (# / task / owner / due / status), risks, open questions. A section with
 * nothing in it is left out, heading and all.
 */
export function renderMinutesMarkdown(m: Minutes, lang: Locale): string {
  const t = (k: KeySuffix<'word.minutes.'>) => translate(lang, `word.minutes.${k}`);
  const out: string[] = [`# ${m.title || t('untitled')}`, ''];
  const sep = lang === 'zh-CN' ? '：' : ': ';
  const when = [m.date && `**${t('date')}**${sep}${m.date}`, m.place && `**${t('place')}**${sep}${m.place}`].filter(Boolean);
  const meta: string[] = [];
  if (when.length) meta.push(when.join(lang === 'zh-CN' ? '　' : ' · '));
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
    out.push(`## ${t('actionItems')}`, '', `| # | ${t('task')} | ${t('owner')} | ${t('due')} | ${t('status')} |`, '| --- | --- | --- | --- | --- |');
    m.actionItems.forEach((a, i) =>
      out.push(`| ${i + 1} | ${cell(a.task, '')} | ${cell(a.owner, none)} | ${cell(a.due, none)} | ${statusWord(statusOf(a), lang)} |`),
    );
    out.push('');
  }
  if (m.risks.length) out.push(`## ${t('risks')}`, '', ...m.risks.map((r) => `- ${r}`), '');
  const questions = m.openQuestions ?? [];
  if (questions.length) out.push(`## ${t('openQuestions')}`, '', ...questions.map((q) => `- ${q}`), '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

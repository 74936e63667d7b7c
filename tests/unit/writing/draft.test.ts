import { describe, expect, it } from 'vitest';
import { draftMessages, fillFields, MAX_BACKGROUND_CHARS } from '../../../src/writing/draft';
import { rewriteMessages } from '../../../src/writing/rewrite';
import { findTemplate, templateFields, TEMPLATES } from '../../../src/writing/templates';
import { detectLocale } from '../../../src/markdown';

describe('report templates', () => {
  it('has the six templates, each pre-filling every field but the brief in both languages', () => {
    expect(TEMPLATES.map((t) => t.zhName)).toEqual(['工作报告', '项目方案', '商业计划书', '会议纪要', '通知', '邮件回复']);
    for (const t of TEMPLATES) {
      for (const lang of ['zh-CN', 'en-US'] as const) {
        for (const f of templateFields(t)) if (f !== t.briefField) expect(t.defaults[lang][f], `${t.id} ${lang} ${f}`).toBeTruthy();
      }
    }
  });

  it('finds a template by id or Chinese name', () => {
    expect(findTemplate('工作报告')?.id).toBe('work-report');
    expect(findTemplate('Email_Reply')?.id).toBe('email-reply');
    expect(findTemplate('poem')).toBeUndefined();
  });

  it('builds a CO-STAR prompt with the user’s values over the defaults, and the document as background', () => {
    const template = findTemplate('notice')!;
    const fields = fillFields(template, 'zh-CN', { context: '下周一全楼停电检修', tone: '  ' });
    const bg = 'x'.repeat(MAX_BACKGROUND_CHARS + 100);
    const [system, user] = draftMessages({ template, fields, background: bg, language: 'zh-CN' });
    expect(system?.content).toContain('Markdown');
    expect(user?.content).toContain('## 背景 (Context)\n下周一全楼停电检修');
    // An empty value does not erase the template's default.
    expect(user?.content).toContain('## 语气 (Tone)\n正式、简洁、明确');
    expect(user?.content).toContain('参考材料');
    expect(user?.content.length).toBeLessThan(MAX_BACKGROUND_CHARS + 2000);
  });

  it('refuses an empty brief with its own sentence', () => {
    const template = findTemplate('work-report')!;
    expect(() => draftMessages({ template, fields: fillFields(template, 'en-US', {}), language: 'en-US' })).toThrow(
      expect.objectContaining({ key: 'word.error.emptyBrief' }),
    );
  });
});

describe('rewrite prompts', () => {
  it('translates in the direction of the text’s language', () => {
    expect(rewriteMessages('translate', '今天的会议很成功。')[0]?.content).toContain('into natural, idiomatic English');
    expect(rewriteMessages('translate', 'The meeting went well.')[0]?.content).toContain('简体中文');
    expect(rewriteMessages('shorten', 'The meeting went well.')[0]?.content).toContain('Shorten');
    expect(rewriteMessages('formal', '会开得不错')[0]?.content).toContain('正式');
  });

  it('judges the language by letters, Chinese counting more per character', () => {
    expect(detectLocale('DeepSeek 发布了新模型，性能提升明显')).toBe('zh-CN');
    expect(detectLocale('Quarterly report for 华东 region')).toBe('en-US');
    expect(detectLocale('12345', 'zh-CN')).toBe('zh-CN');
  });
});

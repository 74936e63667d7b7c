import { describe, expect, it } from 'vitest';
import { buildCoStarPrompt, buildRtgoPrompt, looksStepByStep } from '../../../src/prompts/frameworks';
import { PROMPT_FAMILIES, PROMPT_LIBRARY, templatesOf } from '../../../src/prompts/library';
import { bundles } from '../../../src/locales';

describe('RTGO and CO-STAR builders', () => {
  it('assemble the filled fields in order, with headings in the user’s language', () => {
    const zh = buildRtgoPrompt({ role: '资深 HR', task: '写招聘启事', goal: '吸引应届生', objective: '300 字以内' });
    expect(zh).toBe('## 角色\n资深 HR\n\n## 任务\n写招聘启事\n\n## 目标\n吸引应届生\n\n## 要求\n300 字以内');
    const en = buildCoStarPrompt({ context: 'We sell tea.', objective: 'A launch post', style: '', tone: 'Warm', audience: 'Students', response: '3 bullets' });
    expect(en).toBe('## Context\nWe sell tea.\n\n## Objective\nA launch post\n\n## Tone\nWarm\n\n## Audience\nStudents\n\n## Response format\n3 bullets');
  });

  it('an empty form gives an empty prompt', () => {
    expect(buildRtgoPrompt({ role: ' ', task: '', goal: '', objective: '' })).toBe('');
  });

  it('spots step-by-step instructions (which deep-thinking models do not want)', () => {
    expect(looksStepByStep('请一步一步思考')).toBe(true);
    expect(looksStepByStep('First, read it; then summarise.')).toBe(true);
    expect(looksStepByStep('Summarise the report for the board.')).toBe(false);
  });
});

describe('prompt library', () => {
  it('has the ten families, each with templates in both languages and a label', () => {
    expect(PROMPT_FAMILIES).toHaveLength(10);
    for (const f of PROMPT_FAMILIES) {
      expect(templatesOf(f).length).toBeGreaterThanOrEqual(2);
      expect(bundles.ask['en-US'][`ask.family.${f}` as keyof (typeof bundles.ask)['en-US']]).toBeTruthy();
    }
    for (const p of PROMPT_LIBRARY) {
      expect(p.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(p.text['en-US']).not.toMatch(/[\u4e00-\u9fff]{2}/);
    }
    expect(new Set(PROMPT_LIBRARY.map((p) => p.id)).size).toBe(PROMPT_LIBRARY.length);
  });
});

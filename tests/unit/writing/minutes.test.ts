import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { generateMinutes } from '../../../src/writing/generate-minutes';
import { renderMinutesMarkdown } from '../../../src/writing/render-minutes';
import { minutesFile } from '../../../src/writing/minutes-output';
import { dedupeActionItems, tidyMinutes } from '../../../src/writing/merge-minutes';
import { minutesSchema } from '../../../src/writing/minutes-schema';

const NOTES = `产品周会 2026-03-02
参会：张三、李四、王五
1. 上线计划：定在3月15日，李四负责回归测试
2. 预算：超支10%，需要财务复核
行动：张三周五前提交预算说明；王五联系供应商`;

const RECORD = {
  title: '产品周会',
  date: '2026-03-02',
  attendees: ['张三', '李四', '王五'],
  summary: '讨论上线计划与预算。',
  topics: [
    { title: '上线计划', points: ['3月15日上线'] },
    { title: '预算', points: ['超支10%'] },
  ],
  decisions: ['3月15日上线'],
  actionItems: [
    { task: '提交预算说明', owner: '张三', due: '周五' },
    { task: '联系供应商', owner: '王五', due: null },
  ],
  risks: ['预算超支'],
};

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm();
});
afterAll(async () => {
  await llm.close();
});

describe('minutes from messy model output', () => {
  it('reads JSON inside a code fence', async () => {
    llm.setHandler(() => ({ content: '```json\n' + JSON.stringify(RECORD) + '\n```' }));
    const r = await generateMinutes(llm.settings, NOTES);
    // A record without place, statuses or open questions takes their defaults.
    expect(r.minutes).toEqual({
      ...RECORD,
      place: null,
      actionItems: RECORD.actionItems.map((a) => ({ ...a, status: 'open' })),
      openQuestions: [],
    });
    expect(r.language).toBe('zh-CN');
    // The notes went to the model, and the instruction names the record's fields.
    const sent =
      llm.requests
        .at(-1)
        ?.messages.map((m) => m.content)
        .join('\n') ?? '';
    expect(sent).toContain('王五联系供应商');
    expect(sent).toContain('actionItems');
  });

  it('reads JSON with prose around it', async () => {
    llm.setHandler(() => ({ content: `好的，以下是会议纪要：\n${JSON.stringify(RECORD)}\n希望对你有帮助！`, reasoning: '先找出行动项。' }));
    const r = await generateMinutes(llm.settings, NOTES);
    expect(r.minutes.actionItems).toEqual(RECORD.actionItems.map((a) => ({ ...a, status: 'open' })));
  });

  it('fills missing optional fields instead of failing', async () => {
    llm.setHandler(() => ({
      content: JSON.stringify({
        title: 'Weekly sync',
        summary: 'Short.',
        actionItems: [{ task: 'Send the deck' }, { task: 'Book a room', owner: 'N/A', due: '' }],
      }),
    }));
    const r = await generateMinutes(llm.settings, 'Weekly sync. Alice to send the deck.');
    expect(r.minutes).toEqual({
      title: 'Weekly sync',
      date: null,
      place: null,
      attendees: [],
      summary: 'Short.',
      topics: [],
      decisions: [],
      actionItems: [
        { task: 'Send the deck', owner: null, due: null, status: 'open' },
        { task: 'Book a room', owner: null, due: null, status: 'open' },
      ],
      risks: [],
      openQuestions: [],
    });
    expect(r.language).toBe('en-US');
  });

  it('condenses notes longer than one request part by part, then merges without duplicate action items', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `第${i + 1}条：讨论了模块${i + 1}的进度，张三周五前提交预算说明。`).join('\n');
    llm.setHandler((body) => {
      const system = body.messages[0]?.content ?? '';
      if (system.includes('部分')) return { content: '- 行动：张三周五前提交预算说明' };
      if (system.includes('合并')) return { content: '- 行动：张三周五前提交预算说明\n- 行动：张三 周五前 提交预算说明' };
      return {
        content: JSON.stringify({
          ...RECORD,
          actionItems: [
            { task: '提交预算说明', owner: '张三', due: null },
            { task: '提交预算说明。', owner: '张三', due: '周五' },
            { task: '联系供应商', owner: null, due: null },
          ],
        }),
      };
    });
    const before = llm.requests.length;
    const r = await generateMinutes(llm.settings, long, { singlePassTokens: 200, chunkTokens: 150 });
    expect(r.chunks).toBeGreaterThan(1);
    expect(llm.requests.length - before).toBeGreaterThan(r.chunks);
    expect(r.minutes.actionItems).toEqual([
      { task: '提交预算说明', owner: '张三', due: '周五', status: 'open' },
      { task: '联系供应商', owner: null, due: null, status: 'open' },
    ]);
  });
});

describe('minutes rendering', () => {
  const m = minutesSchema.parse(RECORD);

  it('renders a section with meta, summary, topics, decisions, an action-item table and risks', () => {
    const md = renderMinutesMarkdown(m, 'zh-CN');
    expect(md).toMatch(/^# 产品周会\n/);
    expect(md).toContain('**时间**：2026-03-02');
    expect(md).toContain('**参会人员**：张三、李四、王五');
    expect(md).toContain('### 1. 上线计划');
    expect(md).toContain('| # | 事项 | 负责人 | 完成时间 | 状态 |');
    expect(md).toContain('| 2 | 联系供应商 | 王五 | — | 待办 |');
    expect(md.indexOf('## 会议决定')).toBeLessThan(md.indexOf('## 行动项'));
  });

  it('writes a .docx whose action items are a Word table', async () => {
    const bytes = await minutesFile(m, 'en-US', 'docx');
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(value).toContain('<h1>产品周会</h1>');
    expect(value).toMatch(/<table>.*<p><strong>Task<\/strong><\/p>.*提交预算说明.*张三.*周五.*<\/table>/);
  });

  it('dedupes restated action items and keeps the owner and due date either copy knew', () => {
    expect(
      dedupeActionItems([
        { task: 'Send the budget', owner: null, due: 'Friday' },
        { task: 'send the budget.', owner: 'Ann', due: null },
        { task: 'Send the budget', owner: 'Bob', due: null },
      ]),
    ).toEqual([
      { task: 'Send the budget', owner: 'Ann', due: 'Friday' },
      { task: 'Send the budget', owner: 'Bob', due: null },
    ]);
    const t = tidyMinutes({ ...m, topics: [...m.topics, { title: '预算', points: ['超支10%', '需复核'] }] });
    expect(t.topics).toEqual([
      { title: '上线计划', points: ['3月15日上线'] },
      { title: '预算', points: ['超支10%', '需复核'] },
    ]);
  });
});

// What the local mock model answers while scripts/pane-screens-jobs.ts drives each job: one answer per job,
// in the language the shot is taken in, so an en-US screenshot shows English results and a zh-CN one
// Chinese. Nothing here is a test expectation; it is content to look at.
import type { MockChatBody, MockReply } from '../../tests/support/mock-llm';
import { WEEKLY_MEETING } from '../../tests/support/minutes-record';

type Lang = 'zh-CN' | 'en-US';

const OUTLINE: Record<Lang, string> = {
  'zh-CN':
    '# 远程办公指南\n\n## 工作节奏\n\n### 每日节奏\n- 10:00 前异步站会\n- 下午留出两小时专注时间\n\n### 沟通工具\n- 飞书：即时消息\n- 文档：决定写下来\n\n## 协作与评审\n\n### 每周评审\n- 周五回顾本周进展\n- 风险提前一周提出\n\n### 常见问题\n- 时区不同怎么办\n- 如何交接工作\n',
  'en-US':
    '# Remote Work Playbook\n\n## Rhythm\n\n### Daily rhythm\n- Async stand-up by 10:00\n- Two hours of focus time after lunch\n\n### Tools\n- Slack for quick questions\n- Notion for decisions\n\n## Working together\n\n### Weekly review\n- Friday: what moved this week\n- Risks raised a week ahead\n\n### Common questions\n- Working across time zones\n- Handing over work\n',
};

const MINUTES: Record<Lang, unknown> = {
  'zh-CN': {
    ...WEEKLY_MEETING,
    topics: [
      { title: '上线计划', points: ['3月15日上线', '灰度一周后全量'] },
      { title: '预算', points: ['预算说明周五前提交'] },
    ],
    actionItems: [
      { task: '提交预算说明', owner: '张三', due: '周五', status: 'in_progress' },
      { task: '准备上线公告', owner: '李四', due: '2026-03-12', status: 'open' },
    ],
    risks: ['供应商交期未定'],
  },
  'en-US': {
    title: 'Product weekly sync',
    date: '2026-03-02',
    place: 'Room 3',
    attendees: ['Ana', 'Ben', 'Chen'],
    summary: 'Launch date and the budget note agreed.',
    topics: [
      { title: 'Launch plan', points: ['Launch on 15 March', 'One week at 10% before everyone'] },
      { title: 'Budget', points: ['Budget note due Friday'] },
    ],
    decisions: ['Launch on 15 March'],
    actionItems: [
      { task: 'Send the budget note', owner: 'Ana', due: 'Friday', status: 'in_progress' },
      { task: 'Write the launch announcement', owner: 'Ben', due: '2026-03-12', status: 'open' },
    ],
    risks: ['Supplier delivery date not confirmed'],
    openQuestions: ['Who confirms the first 10% of users?'],
  },
};

/** The text the proofreading shot checks, and what the model finds in it. */
export const PROOF_TEXT: Record<Lang, string> = {
  'zh-CN': '本月项目进渡良好,预计下月完成。我们今天开会,讨论了预算 。',
  'en-US': 'The project is progresing well and we expect to finish it next month , as planed.',
};
const SUGGESTIONS: Record<Lang, unknown[]> = {
  'zh-CN': [
    { original: '项目进渡', replacement: '项目进度', reason: '错别字：“进渡”应为“进度”', category: 'typo' },
    { original: '下月完成', replacement: '下月如期完工', reason: '表述更正式', category: 'style' },
  ],
  'en-US': [
    { original: 'progresing', replacement: 'progressing', reason: 'Spelling', category: 'typo' },
    { original: 'as planed', replacement: 'as planned', reason: 'Spelling: “planned” has a double n', category: 'typo' },
    { original: 'next month ,', replacement: 'next month,', reason: 'No space before a comma', category: 'punctuation' },
  ],
};

const PLAN = {
  steps: [
    { op: 'trim', columns: '*', note: 'Stray spaces' },
    { op: 'parseDate', column: '下单日期', note: 'Six date formats' },
    { op: 'mapValues', column: '地区', mapping: { 华东区: '华东', 華南: '华南', 東北: '东北' } },
    { op: 'dedupe', keys: ['订单编号'], keep: 'first' },
  ],
};

const FLOW: Record<Lang, string> = {
  'zh-CN':
    'flowchart TD\n  A[提交报销申请] --> B{金额超过 5000 元？}\n  B -->|是| C[总经理审批]\n  B -->|否| D[部门经理审批]\n  C --> E([财务打款])\n  D --> E',
  'en-US':
    'flowchart TD\n  A[Submit the expense claim] --> B{Over 5,000 yuan?}\n  B -->|yes| C[General manager approves]\n  B -->|no| D[Department head approves]\n  C --> E([Finance pays])\n  D --> E',
};

const ASK: Record<Lang, { content: string; reasoning: string }> = {
  'zh-CN': {
    reasoning: '用户想知道 KV cache 是什么，用三点说明即可。',
    content:
      '**KV cache** 把已经算过的注意力键和值存起来，生成下一个字时不必重算。\n\n1. **更快**：每一步只算新的一个字。\n2. **更省**：重复的前缀（系统提示、长文档）可命中缓存，按更低价格计费。\n3. **代价**：占用显存，长上下文时尤其明显。\n\n| 场景 | 是否命中 |\n| --- | --- |\n| 同一份文档连续提问 | 是 |\n| 每次换一份文档 | 否 |',
  },
  'en-US': {
    reasoning: 'The user wants a short explanation of KV cache; three points will do.',
    content:
      'A **KV cache** keeps the attention keys and values already computed, so the next token does not recompute them.\n\n1. **Faster**: each step computes only the new token.\n2. **Cheaper**: a repeated prefix (system prompt, a long document) hits the cache and is billed lower.\n3. **Cost**: it uses GPU memory, most with long contexts.\n\n| Case | Cache hit |\n| --- | --- |\n| Several questions on one document | Yes |\n| A new document each time | No |',
  },
};

/** One handler for every job; `lang()` is the language of the shot being taken. */
export function answerFor(lang: () => Lang) {
  return (body: MockChatBody): MockReply => {
    const l = lang();
    const system = body.messages
      .filter((m) => m.role === 'system')
      .map((m) => String(m.content))
      .join('\n');
    const all = body.messages.map((m) => String(m.content)).join('\n');
    if (all.includes('会议秘书') || all.includes('meeting secretary')) return { content: JSON.stringify(MINUTES[l]) };
    if (all.includes('校对编辑') || all.includes('copy editor')) return { content: JSON.stringify({ suggestions: SUGGESTIONS[l] }) };
    if (all.includes('data-cleaning assistant')) return { content: JSON.stringify(PLAN) };
    if (system.includes('演示文稿策划') || system.includes('presentation designer')) return { content: OUTLINE[l], chunkSize: 24 };
    if (system.includes('Mermaid')) return { content: '```mermaid\n' + FLOW[l] + '\n```' };
    return { ...ASK[l], chunkSize: 24 };
  };
}

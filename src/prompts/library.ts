// The prompt library: the ten families of everyday office prompts, each with ready templates in both
// languages. `【…】` marks what the user replaces.
import type { Locale } from '../locales/types';

export type PromptFamily = 'content' | 'processing' | 'dialogue' | 'skills' | 'personal' | 'knowledge' | 'education' | 'multimodal' | 'ethics' | 'system';

export const PROMPT_FAMILIES: readonly PromptFamily[] = [
  'content',
  'processing',
  'dialogue',
  'skills',
  'personal',
  'knowledge',
  'education',
  'multimodal',
  'ethics',
  'system',
];

export interface PromptTemplate {
  id: string;
  family: PromptFamily;
  title: Record<Locale, string>;
  text: Record<Locale, string>;
  /** Suits deep thinking (analysis, planning) rather than fast drafting. */
  deep?: boolean;
}

const t = (id: string, family: PromptFamily, zhTitle: string, enTitle: string, zh: string, en: string, deep = false): PromptTemplate => ({
  id,
  family,
  title: { 'zh-CN': zhTitle, 'en-US': enTitle },
  text: { 'zh-CN': zh, 'en-US': en },
  deep,
});

export const PROMPT_LIBRARY: readonly PromptTemplate[] = [
  t(
    'weekly-report',
    'content',
    '周报',
    'Weekly report',
    '根据以下工作记录写一份周报，分“本周完成”“问题与风险”“下周计划”三部分，每部分不超过 5 条：\n【粘贴工作记录】',
    'Write a weekly report from these notes in three parts — Done this week, Issues and risks, Next week — at most 5 bullets each:\n【paste notes】',
  ),
  t(
    'email',
    'content',
    '商务邮件',
    'Business e-mail',
    '写一封给【收件人】的邮件，目的是【目的】，语气礼貌简洁，200 字以内。',
    'Write an e-mail to 【recipient】 to 【purpose】. Polite and brief, under 150 words.',
  ),
  t(
    'copy',
    'content',
    '宣传文案',
    'Promotional copy',
    '为【产品】写三版宣传文案，分别面向【人群】，每版不超过 50 字。',
    'Write three versions of promotional copy for 【product】 aimed at 【audience】, each under 40 words.',
  ),
  t(
    'summarize',
    'processing',
    '要点总结',
    'Summarize',
    '用 5 条要点总结以下内容，保留所有数字和结论：\n【粘贴内容】',
    'Summarize the following in 5 bullets, keeping every number and conclusion:\n【paste text】',
  ),
  t(
    'extract-table',
    'processing',
    '提取为表格',
    'Extract to a table',
    '从以下文字中提取【字段 1】【字段 2】【字段 3】，输出 Markdown 表格：\n【粘贴内容】',
    'Extract 【field 1】, 【field 2】 and 【field 3】 from the text below as a Markdown table:\n【paste text】',
  ),
  t(
    'translate',
    'processing',
    '翻译润色',
    'Translate and polish',
    '把以下内容翻译成【语言】，保持专业术语准确，语句自然：\n【粘贴内容】',
    'Translate the following into 【language】, keeping terms exact and phrasing natural:\n【paste text】',
  ),
  t(
    'interviewer',
    'dialogue',
    '模拟面试官',
    'Mock interviewer',
    '你是【岗位】的面试官。每次只问我一个问题，等我回答后点评并提出下一个问题。',
    'You are an interviewer for 【position】. Ask me one question at a time; after each answer, give feedback and ask the next.',
  ),
  t(
    'brainstorm',
    'dialogue',
    '头脑风暴',
    'Brainstorm',
    '围绕【主题】和我一起头脑风暴：先给出 10 个不同方向的想法，再问我想深入哪一个。',
    'Brainstorm 【topic】 with me: give 10 ideas in different directions, then ask which one to develop.',
  ),
  t(
    'excel-formula',
    'skills',
    'Excel 公式',
    'Excel formula',
    '写一个 Excel 公式：【描述需求，例如：A 列是日期，B 列是金额，按月汇总】。说明每个函数的作用。',
    'Write an Excel formula for: 【describe, e.g. column A dates, column B amounts, total per month】. Explain each function.',
  ),
  t(
    'regex',
    'skills',
    '正则表达式',
    'Regular expression',
    '写一个正则表达式匹配【描述】，并给出 3 个能匹配和 3 个不能匹配的例子。',
    'Write a regular expression that matches 【description】, with 3 matching and 3 non-matching examples.',
  ),
  t(
    'study-plan',
    'personal',
    '学习计划',
    'Study plan',
    '我是【基础情况】，想在【时间】内学会【技能】，每天可用【时长】。请制定按周划分的计划。',
    'I am 【background】 and want to learn 【skill】 in 【time】 with 【hours】 a day. Make a week-by-week plan.',
    true,
  ),
  t(
    'my-style',
    'personal',
    '按我的风格改写',
    'Rewrite in my style',
    '这是我以前写的一段话：【样例】。请用同样的风格改写下面的内容：【内容】',
    'Here is something I wrote: 【sample】. Rewrite the following in the same style: 【text】',
  ),
  t(
    'explain',
    'knowledge',
    '概念解释',
    'Explain a concept',
    '用通俗的语言解释【概念】，举一个办公场景中的例子，最后列出常见误解。',
    'Explain 【concept】 in plain words, give an office example, and list common misconceptions.',
  ),
  t(
    'compare',
    'knowledge',
    '方案对比',
    'Compare options',
    '从成本、风险、实施难度、长期收益四个方面对比【方案 A】和【方案 B】，输出表格并给出建议。',
    'Compare 【option A】 and 【option B】 on cost, risk, effort and long-term value as a table, then recommend one.',
    true,
  ),
  t(
    'quiz',
    'education',
    '出题',
    'Make a quiz',
    '根据以下材料出 5 道选择题和 2 道简答题，附答案和解析：\n【粘贴材料】',
    'Write 5 multiple-choice and 2 short-answer questions on this material, with answers and explanations:\n【paste material】',
  ),
  t(
    'lit-review',
    'education',
    '文献综述提纲',
    'Literature review outline',
    '为研究题目【题目】写一份文献综述提纲，列出应覆盖的流派、关键问题和可检索的关键词。',
    'Outline a literature review for 【topic】: schools of thought, key questions and search keywords.',
    true,
  ),
  t(
    'video-script',
    'multimodal',
    '短视频脚本',
    'Short video script',
    '为【主题】写一个 60 秒短视频脚本，表格列出：镜头、画面、台词、时长。',
    'Write a 60-second video script on 【topic】 as a table: shot, visual, voice-over, seconds.',
  ),
  t(
    'ppt-outline',
    'multimodal',
    'PPT 大纲',
    'Slide outline',
    '为【主题】写一份 10 页 PPT 大纲，用 Markdown：# 标题，## 章节，### 每页标题，- 要点。',
    'Write a 10-slide outline on 【topic】 in Markdown: # title, ## sections, ### slide titles, - bullets.',
  ),
  t(
    'mindmap-md',
    'multimodal',
    '思维导图 Markdown',
    'Mind map Markdown',
    '把【主题】整理成可导入 XMind 的多级 Markdown 列表，不超过 4 层。',
    'Turn 【topic】 into a nested Markdown list ready for XMind, at most 4 levels.',
  ),
  t(
    'bias-review',
    'ethics',
    '偏见与风险审查',
    'Bias and risk review',
    '审查以下文字中可能存在的偏见、歧视、隐私泄露或夸大宣传，逐条指出并给出修改建议：\n【粘贴内容】',
    'Review the text for bias, discrimination, privacy leaks or overclaiming; list each issue with a fix:\n【paste text】',
    true,
  ),
  t(
    'compliance',
    'ethics',
    '合规检查',
    'Compliance check',
    '按【法规或制度】检查以下方案，列出可能不合规的地方及依据：\n【粘贴内容】',
    'Check this plan against 【regulation or policy】 and list possible violations with the clause:\n【paste text】',
    true,
  ),
  t(
    'system-role',
    'system',
    '设定助手角色',
    'Set the assistant’s role',
    '在接下来的对话中，你是【角色】。回答使用【语言】，先给结论再给理由，不确定时直接说不知道。',
    'For this conversation you are 【role】. Answer in 【language】, conclusion first then reasons, and say so when you are unsure.',
  ),
  t(
    'output-format',
    'system',
    '约束输出格式',
    'Constrain the format',
    '之后的回答都只输出【格式，例如：Markdown 表格 / JSON / 三句话】，不要寒暄。',
    'From now on answer only as 【format, e.g. a Markdown table / JSON / three sentences】, with no pleasantries.',
  ),
];

export function templatesOf(family: PromptFamily): PromptTemplate[] {
  return PROMPT_LIBRARY.filter((p) => p.family === family);
}

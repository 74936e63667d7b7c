import type { Locale } from '../locales';

export type TemplateId = 'work-report' | 'project-proposal' | 'business-plan' | 'minutes' | 'notice' | 'email-reply';
export type Framework = 'rtgo' | 'costar';
export type RtgoField = 'role' | 'task' | 'goal' | 'objective';
export type CoStarField = 'context' | 'objective' | 'style' | 'tone' | 'audience' | 'response';
export type FieldKey = RtgoField | CoStarField;

export interface DraftTemplate {
  id: TemplateId;
  /** The Chinese name users type on the command line as readily as the id. */
  zhName: string;
  framework: Framework;
  /** Which field the user's brief goes into. */
  briefField: FieldKey;
  defaults: Record<Locale, Partial<Record<FieldKey, string>>>;
}

export const RTGO_FIELDS: readonly RtgoField[] = ['role', 'task', 'goal', 'objective'];
export const COSTAR_FIELDS: readonly CoStarField[] = ['context', 'objective', 'style', 'tone', 'audience', 'response'];

export function templateFields(t: DraftTemplate): readonly FieldKey[] {
  return t.framework === 'rtgo' ? RTGO_FIELDS : COSTAR_FIELDS;
}

export const TEMPLATES: readonly DraftTemplate[] = [
  {
    id: 'work-report',
    zhName: '工作报告',
    framework: 'rtgo',
    briefField: 'task',
    defaults: {
      'zh-CN': {
        role: '具有十年经验的企业管理者和公文写作者',
        goal: '让上级在三分钟内看清本期工作成果、问题与下一步计划，并据此做出决策',
        objective:
          '结构：工作概述、主要成果（用数据说话）、存在的问题及原因、下阶段计划、需要的支持。1000–1500 字，语言简洁务实，使用 Markdown 标题和列表，必要时用表格。',
      },
      'en-US': {
        role: 'A manager with ten years of experience writing clear business reports',
        goal: 'Let leadership see results, problems and next steps within three minutes and decide on them',
        objective:
          'Sections: overview, key results (with figures), issues and causes, plan for the next period, support needed. 600–900 words, plain business English, Markdown headings and lists, a table where it helps.',
      },
    },
  },
  {
    id: 'project-proposal',
    zhName: '项目方案',
    framework: 'rtgo',
    briefField: 'task',
    defaults: {
      'zh-CN': {
        role: '资深项目经理，熟悉项目立项与实施管理',
        goal: '形成一份可提交评审的项目方案，说明为什么做、做什么、怎么做、花多少、有何风险',
        objective:
          '结构：项目背景与必要性、目标与范围、实施方案、进度计划（表格：阶段/时间/交付物）、资源与预算、风险及应对、预期效益。使用 Markdown 标题、列表和表格。',
      },
      'en-US': {
        role: 'A senior project manager experienced in project initiation and delivery',
        goal: 'A proposal ready for review: why, what, how, cost and risks',
        objective:
          'Sections: background and need, goals and scope, approach, schedule (table: phase / dates / deliverables), resources and budget, risks and mitigations, expected benefits. Markdown headings, lists and tables.',
      },
    },
  },
  {
    id: 'business-plan',
    zhName: '商业计划书',
    framework: 'costar',
    briefField: 'context',
    defaults: {
      'zh-CN': {
        objective: '撰写一份完整的商业计划书',
        style: '专业、逻辑清晰、以数据和事实支撑，参考投资机构常见的商业计划书结构',
        tone: '自信而务实，不夸大',
        audience: '投资人和潜在合作伙伴',
        response:
          'Markdown 文档：执行摘要、市场痛点、产品与解决方案、市场规模、商业模式、竞争分析（表格）、营销策略、团队、财务预测（表格）、融资需求与用途、风险。',
      },
      'en-US': {
        objective: 'Write a complete business plan',
        style: 'Professional and logical, backed by figures and facts, following the structure investors expect',
        tone: 'Confident but grounded; no hype',
        audience: 'Investors and prospective partners',
        response:
          'A Markdown document: executive summary, problem, product and solution, market size, business model, competition (table), go-to-market, team, financial projections (table), funding ask and use, risks.',
      },
    },
  },
  {
    id: 'minutes',
    zhName: '会议纪要',
    framework: 'rtgo',
    briefField: 'task',
    defaults: {
      'zh-CN': {
        role: '严谨的行政秘书，擅长整理会议纪要',
        goal: '让未参会的人也能准确了解会议结论和各自的任务',
        objective:
          '结构：会议名称、时间、参会人员、会议议题及讨论要点、会议决定、行动项（表格：事项/负责人/完成时间）。只使用给出的信息，不要编造，使用 Markdown。',
      },
      'en-US': {
        role: 'A meticulous executive assistant who writes meeting minutes',
        goal: 'Someone who missed the meeting knows exactly what was decided and who does what',
        objective:
          'Sections: meeting name, date, attendees, topics with key points, decisions, action items (table: task / owner / due). Use only the facts given; Markdown.',
      },
    },
  },
  {
    id: 'notice',
    zhName: '通知',
    framework: 'costar',
    briefField: 'context',
    defaults: {
      'zh-CN': {
        objective: '起草一份正式通知',
        style: '规范的公文通知格式：标题、主送对象、正文（事由、具体事项、要求）、落款单位和日期',
        tone: '正式、简洁、明确',
        audience: '本单位全体员工',
        response: 'Markdown 格式的完整通知正文，事项用编号列表。',
      },
      'en-US': {
        objective: 'Draft a formal notice',
        style: 'A standard notice: title, addressees, body (purpose, details, what is required), issuer and date',
        tone: 'Formal, concise and unambiguous',
        audience: 'All staff',
        response: 'The complete notice in Markdown, details as a numbered list.',
      },
    },
  },
  {
    id: 'email-reply',
    zhName: '邮件回复',
    framework: 'costar',
    briefField: 'context',
    defaults: {
      'zh-CN': {
        objective: '写一封回复邮件，回应对方的每一个问题或请求',
        style: '商务邮件：称呼、正文分段、结尾敬语、署名占位',
        tone: '礼貌、专业、友好',
        audience: '来信人',
        response: '完整的邮件正文（Markdown），先写主题行“主题：…”。',
      },
      'en-US': {
        objective: 'Write a reply that answers each question or request in the e-mail',
        style: 'Business e-mail: greeting, short paragraphs, closing, signature placeholder',
        tone: 'Polite, professional and warm',
        audience: 'The sender',
        response: 'The complete e-mail in Markdown, starting with a "Subject: …" line.',
      },
    },
  },
];

export function findTemplate(name: string): DraftTemplate | undefined {
  const n = name.trim().toLowerCase();
  return TEMPLATES.find((t) => t.id === n || t.zhName === name.trim() || t.id.replace('-', '') === n.replace(/[-_\s]/g, ''));
}

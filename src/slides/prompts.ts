import type { ChatMessage } from '../llm/types';
import type { Source } from '../web/types';
import { withSources } from '../web/sources-prompt';
import type { DeckLang } from './types';

// Prompts that ask the model for Outline Markdown. The engine, not the model, decides layouts and sizes,
// so the prompt asks for short bullets and plain structure and says what each Markdown form becomes.

export type OutlineStyle = 'professional' | 'teaching' | 'pitch' | 'academic';
export const OUTLINE_STYLES: readonly OutlineStyle[] = ['professional', 'teaching', 'pitch', 'academic'];

export interface TopicRequest {
  topic: string;
  audience?: string;
  /** Target number of content slides (not counting title, agenda, section and closing slides). */
  slides?: number;
  lang: DeckLang;
  style?: OutlineStyle;
  /** Ask for a `Notes:` paragraph under every slide. */
  notes?: boolean;
  /** 联网搜索: web sources the outline is written from, cited as [n] in its bullets. */
  sources?: readonly Source[];
}

const STYLE_TEXT: Record<OutlineStyle, { zh: string; en: string }> = {
  professional: { zh: '商务汇报风格：结论先行，数据与行动建议具体', en: 'business briefing: conclusions first, concrete figures and actions' },
  teaching: {
    zh: '教学风格：循序渐进，概念配例子，结尾有小结与思考题',
    en: 'teaching: step by step, each concept with an example, a recap and questions at the end',
  },
  pitch: {
    zh: '路演风格：痛点、方案、优势、市场、团队、计划，语言有感染力',
    en: 'pitch: problem, solution, advantages, market, team, plan; persuasive wording',
  },
  academic: {
    zh: '学术报告风格：背景、方法、结果、讨论、结论，表述严谨',
    en: 'academic talk: background, method, results, discussion, conclusion; precise wording',
  },
};

function formatRules(lang: DeckLang, notes: boolean): string {
  if (lang === 'zh') {
    return [
      '只输出大纲 Markdown，不要任何前言、解释或结尾寒暄，不要用代码块包裹。',
      '格式：第一行 `# 演示标题`；紧接一段一句话的副标题；`## 章节`；`### 幻灯片标题`（没有 ### 的 ## 本身就是一张幻灯片）。',
      '每张幻灯片 3–6 个 `- ` 要点，每条不超过 30 个汉字，可用两级缩进（两个空格）；不要写成长段落。',
      '需要对比数据时用 GFM 表格（不超过 6 列）；技术主题可用 ``` 代码块；引用名言用 `> `；对比两方面时写两个一级要点，各自带子要点。',
      notes ? '每张幻灯片下加一段以 `备注：` 开头的演讲者备注（2–4 句口语）。' : '不要写备注。',
      '不要写“谢谢/Q&A”页，系统会自动添加。',
    ].join('\n');
  }
  return [
    'Output only the outline Markdown: no preface, no explanation, no closing remarks, no code fence around it.',
    'Format: first line `# Deck title`; then a one-sentence subtitle paragraph; `## Section`; `### Slide title` (a `##` with no `###` under it is itself a slide).',
    'Each slide has 3–6 `- ` bullets of at most 15 words, optionally one nested level (two spaces); no long paragraphs.',
    'Use a GFM table (at most 6 columns) for comparable figures; a ``` code block only for technical topics; `> ` for a quotation; for a comparison write two top-level bullets each with sub-bullets.',
    notes ? 'Under every slide add a paragraph starting `Notes:` with 2–4 spoken sentences for the presenter.' : 'Do not write notes.',
    'Do not write a "Thank you / Q&A" slide; it is added automatically.',
  ].join('\n');
}

function system(lang: DeckLang): ChatMessage {
  return {
    role: 'system',
    content:
      lang === 'zh'
        ? '你是资深的演示文稿策划，擅长把主题或文档整理成结构清晰、要点精炼的幻灯片大纲。'
        : 'You are an experienced presentation designer who turns a topic or a document into a clear, concise slide outline.',
  };
}

export function topicMessages(r: TopicRequest): ChatMessage[] {
  const zh = r.lang === 'zh';
  const lines = [
    zh ? `主题：${r.topic}` : `Topic: ${r.topic}`,
    r.audience ? (zh ? `听众：${r.audience}` : `Audience: ${r.audience}`) : '',
    r.slides
      ? zh
        ? `内容幻灯片约 ${r.slides} 张（不含封面和章节页）。`
        : `About ${r.slides} content slides (not counting the title and section slides).`
      : '',
    r.style ? (zh ? `风格：${STYLE_TEXT[r.style].zh}` : `Style: ${STYLE_TEXT[r.style].en}`) : '',
    zh ? '用简体中文写。' : 'Write in English.',
    '',
    formatRules(r.lang, Boolean(r.notes)),
  ].filter((l, i, a) => l !== '' || a[i - 1] !== '');
  const messages: ChatMessage[] = [system(r.lang), { role: 'user', content: lines.join('\n') }];
  return r.sources?.length ? withSources(messages, r.sources, zh ? 'zh-CN' : 'en-US') : messages;
}

export function documentMessages(doc: string, r: Omit<TopicRequest, 'topic'>): ChatMessage[] {
  const zh = r.lang === 'zh';
  const ask = [
    zh
      ? '把下面的文档整理成幻灯片大纲，忠实于原文的观点和数字，不要编造。'
      : 'Turn the document below into a slide outline. Stay faithful to its points and figures; invent nothing.',
    r.audience ? (zh ? `听众：${r.audience}` : `Audience: ${r.audience}`) : '',
    r.slides ? (zh ? `内容幻灯片约 ${r.slides} 张。` : `About ${r.slides} content slides.`) : '',
    r.style ? (zh ? `风格：${STYLE_TEXT[r.style].zh}` : `Style: ${STYLE_TEXT[r.style].en}`) : '',
    zh ? '用简体中文写。' : 'Write in English.',
    formatRules(r.lang, Boolean(r.notes)),
    '',
    zh ? '文档：' : 'Document:',
    '"""',
    doc,
    '"""',
  ].filter((l) => l !== '');
  return [system(r.lang), { role: 'user', content: ask.join('\n') }];
}

/** The deck writer's system message and one user message: the instruction in the deck's language, then the material. */
function withInstruction(lang: DeckLang, instruction: { zh: string; en: string }, material: string): ChatMessage[] {
  return [system(lang), { role: 'user', content: `${instruction[lang === 'zh' ? 'zh' : 'en']}\n${material}` }];
}

/** Map step for long documents: each chunk → its key points, keeping headings, names and numbers. */
export function condenseChunkMessages(chunk: string, i: number, n: number, lang: DeckLang): ChatMessage[] {
  return withInstruction(
    lang,
    {
      zh: `这是一份长文档的第 ${i + 1}/${n} 部分。请提炼要点，输出 Markdown：保留原有标题层级（#），要点用 - 列出，保留关键数字、名称和结论，删去例行套话。只输出要点。`,
      en: `This is part ${i + 1} of ${n} of a long document. Extract its key points as Markdown: keep its heading levels (#), list points with -, keep key figures, names and conclusions, drop boilerplate. Output only the points.`,
    },
    `"""\n${chunk}\n"""`,
  );
}

export function mergeNotesMessages(partials: string[], lang: DeckLang): ChatMessage[] {
  return withInstruction(
    lang,
    {
      zh: '把以下按顺序排列的要点合并成一份连贯的要点摘要（Markdown，保留标题层级与关键数字，去掉重复）。只输出摘要。',
      en: 'Merge these key points, in order, into one coherent summary (Markdown, keep heading levels and key figures, remove duplicates). Output only the summary.',
    },
    partials.map((p, k) => `--- ${k + 1} ---\n${p}`).join('\n'),
  );
}

export function notesMessages(slides: Array<{ index: number; title: string; points: string }>, lang: DeckLang): ChatMessage[] {
  return withInstruction(
    lang,
    {
      zh: '为下面每张幻灯片写演讲者备注：2–4 句自然口语，补充要点背后的解释或例子，不要重复标题。返回 JSON：{"notes":[{"index":幻灯片序号,"notes":"备注"}]}。',
      en: 'Write speaker notes for each slide below: 2–4 natural spoken sentences that explain or illustrate the points, without repeating the title. Return JSON: {"notes":[{"index":slide number,"notes":"..."}]}.',
    },
    slides.map((sl) => `[${sl.index}] ${sl.title}\n${sl.points}`).join('\n\n'),
  );
}

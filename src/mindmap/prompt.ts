import type { ChatMessage } from '../llm/types';
import type { Locale } from '../locales';

const RULES = {
  'en-US': `You turn a topic or a document into a mind map written as XMind-ready Markdown.
Rules:
- Exactly one "# " line: the central topic.
- "## " lines for 3 to 8 main branches; "### " for their sub-branches; below that, "- " list items nested with two spaces.
- Every topic is a short phrase (at most about 8 words), never a full sentence; no trailing punctuation.
- 2 to 4 levels below the centre; siblings are parallel in form and do not overlap.
- Keep facts, names and numbers from the source; invent nothing the source does not say.
- A topic that needs explanation may have one line "Notes: …" right under it.
- No tables, code blocks, links, bold or other prose. Answer with the Markdown only.
- Write in the language of the topic or document.`,
  'zh-CN': `你把主题或文档整理成思维导图，用可直接导入 XMind 的 Markdown 输出。
规则：
- 只有一行“# ”：中心主题。
- 用“## ”写 3 到 8 个主分支，“### ”写其子分支；更深的层级用“- ”列表，按两个空格缩进嵌套。
- 每个节点是短语（中文不超过约 15 个字），不是完整句子，不加句末标点。
- 中心主题以下 2 到 4 层；同级节点形式一致、互不重叠。
- 保留原文中的事实、名称和数字，不要编造原文没有的内容。
- 需要解释的节点可以在其下方紧跟一行“备注：……”。
- 不要表格、代码块、链接、加粗或其他说明文字。只输出 Markdown。
- 使用主题或文档本身的语言。`,
} as const;

export function mindMapMessages(locale: Locale, input: { topic?: string; source?: string }): ChatMessage[] {
  const parts: string[] = [];
  if (input.topic) parts.push(locale === 'zh-CN' ? `主题：${input.topic}` : `Topic: ${input.topic}`);
  if (input.source) parts.push(locale === 'zh-CN' ? `文档：\n"""\n${input.source}\n"""` : `Document:\n"""\n${input.source}\n"""`);
  return [
    { role: 'system', content: RULES[locale] },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** Long documents: each part is outlined on its own, then the outlines are merged into one map. */
export function partOutlineMessages(locale: Locale, chunk: string, i: number, n: number): ChatMessage[] {
  const ask =
    locale === 'zh-CN'
      ? `这是一篇长文档的第 ${i + 1}/${n} 部分。把它的要点整理成嵌套的“- ”列表（两个空格缩进），只输出列表。`
      : `This is part ${i + 1} of ${n} of a long document. Outline its key points as a nested "- " list (two-space indent). Answer with the list only.`;
  return [
    { role: 'system', content: RULES[locale] },
    { role: 'user', content: `${ask}\n"""\n${chunk}\n"""` },
  ];
}

export function mergeOutlinesMessages(locale: Locale, partials: string[], topic?: string): ChatMessage[] {
  const ask =
    locale === 'zh-CN'
      ? '下面是同一篇文档各部分的要点。把它们合并成一张思维导图，合并重复内容。'
      : 'Below are the key points of the parts of one document. Merge them into one mind map, combining duplicates.';
  return mindMapMessages(locale, { topic, source: `${ask}\n\n${partials.join('\n\n---\n\n')}` });
}

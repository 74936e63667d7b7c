import type { ChatMessage } from '../llm/types';
import type { Locale } from '../locales';

/** What the user wants drawn; `auto` lets the model choose between a flowchart, an org chart and a timeline. */
export type DiagramKindHint = 'auto' | 'flowchart' | 'orgchart' | 'timeline';
export const DIAGRAM_KIND_HINTS: readonly DiagramKindHint[] = ['auto', 'flowchart', 'orgchart', 'timeline'];

const RULES: Record<Locale, string> = {
  'en-US': `You draw diagrams as Mermaid text. Answer with one \`\`\`mermaid fenced block and nothing else.
Use only this subset:
- A process or architecture: "flowchart TD" (or LR). Node ids are short ASCII (A, B2, review); the label goes in the brackets: A[Rectangle], B(Rounded), C{Decision?}, D([Start/End]), E[(Database)], F((Circle)). Put a label in double quotes if it has brackets or punctuation.
- Edges: A --> B, A -->|label| B, A -.-> B (optional), A ==> B (main path). Give decisions labelled edges (yes/no).
- Group related steps with "subgraph id [Title]" … "end" when it helps.
- An org chart: "flowchart TD" as a tree: one box per role or team, every box with exactly one line from its manager, no edge labels.
- A timeline: "timeline", then "title …", optional "section …" lines, and "period : event : event" lines.
- No classDef, style, click, %% comments or HTML. At most about 25 boxes; labels of at most about 6 words.
- Write the labels in the language of the request.`,
  'zh-CN': `你用 Mermaid 文本画图。只回答一个 \`\`\`mermaid 代码块，不要其他内容。
只使用以下子集：
- 流程或架构：“flowchart TD”（或 LR）。节点 id 用简短的英文字母数字（A、B2、review），标签写在括号里：A[矩形]、B(圆角)、C{判断？}、D([开始/结束])、E[(数据库)]、F((圆形))。标签含括号或标点时用英文双引号括起来。
- 连线：A --> B、A -->|标签| B、A -.-> B（可选步骤）、A ==> B（主路径）。判断节点的出线要写标签（是/否）。
- 需要时用 “subgraph id [标题]” … “end” 给相关步骤分组。
- 组织架构图：用 “flowchart TD” 画成一棵树：每个岗位或部门一个框，每个框只有一条来自上级的连线，连线不写标签。
- 时间线：先写 “timeline”，再写 “title …”、可选的 “section …”，以及 “时期 : 事件 : 事件” 行。
- 不要 classDef、style、click、%% 注释或 HTML。最多约 25 个框；每个标签不超过约 12 个字。
- 标签使用请求所用的语言。`,
};

const KIND: Record<Locale, Record<Exclude<DiagramKindHint, 'auto'>, string>> = {
  'en-US': { flowchart: 'Draw it as a flowchart.', orgchart: 'Draw it as an org chart.', timeline: 'Draw it as a timeline.' },
  'zh-CN': { flowchart: '画成流程图。', orgchart: '画成组织架构图。', timeline: '画成时间线。' },
};

export function diagramMessages(locale: Locale, input: { description: string; material?: string; kind?: DiagramKindHint }): ChatMessage[] {
  const parts = [locale === 'zh-CN' ? `要画的图：${input.description}` : `Diagram to draw: ${input.description}`];
  if (input.kind && input.kind !== 'auto') parts.push(KIND[locale][input.kind]);
  if (input.material) parts.push(locale === 'zh-CN' ? `参考材料：\n"""\n${input.material}\n"""` : `Source material:\n"""\n${input.material}\n"""`);
  return [
    { role: 'system', content: RULES[locale] },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

/** The one repair turn: the model's own answer back, with what could not be read. */
export function repairMessages(locale: Locale, first: ChatMessage[], answer: string, problems: string[]): ChatMessage[] {
  const ask =
    locale === 'zh-CN'
      ? `这段 Mermaid 无法完整读取：\n${problems.map((p) => `- ${p}`).join('\n')}\n请按规则改正，只回答一个 \`\`\`mermaid 代码块。`
      : `This Mermaid could not be read in full:\n${problems.map((p) => `- ${p}`).join('\n')}\nCorrect it following the rules and answer with one \`\`\`mermaid block only.`;
  return [...first, { role: 'assistant', content: answer }, { role: 'user', content: ask }];
}

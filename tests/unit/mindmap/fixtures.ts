import type { MindNode } from '../../../src/mindmap';

/** A map with Chinese text, notes, a branch 8 levels deep and a branch of `siblings` siblings, as Markdown. */
export function bigMarkdown(siblings = 2000): string {
  const lines = ['# 年度计划 Annual plan', '', '备注：中心主题的备注', '', '## 深层分支 Deep branch', '', 'Notes: 第二层的备注', '', '### 第三层 level 3', ''];
  for (let d = 4; d <= 8; d++) lines.push(`${'  '.repeat(d - 4)}- 第${d}层 level ${d} & 1 < 2 *${d}*`);
  lines.push('', '          第八层的备注：两段。', '', '          第二段 second paragraph', '');
  lines.push('## 并列主题 Siblings', '');
  for (let i = 0; i < siblings; i++) lines.push(`- 主题 ${i + 1} topic_${i}`);
  lines.push('', '## 混合 Mixed', '', '- 列表项在子标题旁 item beside sub-heading', '', '### 子标题 Sub-heading', '', '- 叶子 leaf', '');
  return lines.join('\n');
}

/** The tree bigMarkdown describes, written by hand: what every reader must give back. */
export function bigTree(siblings = 2000): MindNode {
  let deepest: MindNode = { title: '第8层 level 8 & 1 < 2 8', note: '第八层的备注：两段。\n\n第二段 second paragraph', children: [] };
  for (let d = 7; d >= 4; d--) deepest = { title: `第${d}层 level ${d} & 1 < 2 ${d}`, children: [deepest] };
  return {
    title: '年度计划 Annual plan',
    note: '中心主题的备注',
    children: [
      { title: '深层分支 Deep branch', note: '第二层的备注', children: [{ title: '第三层 level 3', children: [deepest] }] },
      { title: '并列主题 Siblings', children: Array.from({ length: siblings }, (_, i) => ({ title: `主题 ${i + 1} topic_${i}`, children: [] })) },
      {
        title: '混合 Mixed',
        children: [
          { title: '列表项在子标题旁 item beside sub-heading', children: [] },
          { title: '子标题 Sub-heading', children: [{ title: '叶子 leaf', children: [] }] },
        ],
      },
    ],
  };
}

/** The tree as plain JSON with optional notes dropped when absent, for deep equality. */
export function plain(n: MindNode): unknown {
  return { title: n.title, ...(n.note ? { note: n.note } : {}), children: n.children.map(plain) };
}

/** Lines of `n` topics spread over a few levels, for layout and size checks. */
export function wideTree(mains: number, perMain: number, perSub: number): MindNode {
  return {
    title: '产品路线图 Product roadmap',
    children: Array.from({ length: mains }, (_, i) => ({
      title: `主分支 Main ${i + 1}`,
      children: Array.from({ length: perMain }, (_, j) => ({
        title: j % 3 === 0 ? `一个相当长的子主题标题，用来检查换行 A rather long sub-topic title ${i}.${j}` : `子主题 ${i}.${j}`,
        children: Array.from({ length: perSub }, (_, k) => ({ title: `Leaf ${i}.${j}.${k} 叶子`, children: [] })),
      })),
    })),
  };
}

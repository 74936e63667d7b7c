// The outlines the slide benches render: a 3-slide talk, and a 200-slide deck (with an agenda-less
// build: 18 sections × (1 section slide + 10 content slides) + title + closing = 200 slides).

export const SMALL_DECK = `# 季度复盘 Quarterly Review

## 目标 Goals
- 收入增长 20%（revenue up 20%）
- 新增客户 120 家

## 进展 Progress
- 华东区完成 85%
- 海外市场首单落地

## 下一步 Next
- 扩充销售团队
- 上线新版报价工具
`;

const SECTIONS = 18;
const PER_SECTION = 10;

export function deckMarkdown(): string {
  const out = ['# 年度经营回顾 Annual Review', '', '面向管理层的 200 页汇报 · A 200-slide deck for the leadership team', ''];
  for (let s = 1; s <= SECTIONS; s++) {
    out.push(`## 第 ${s} 部分 Section ${s}`, '');
    for (let k = 1; k <= PER_SECTION; k++) {
      out.push(`### 议题 ${s}.${k} Topic ${s}.${k}`, '');
      if (k % 4 === 0) {
        out.push('| 地区 Region | 收入 Revenue | 增长 Growth |', '|---|---|---|');
        for (let r = 1; r <= 6; r++) out.push(`| 区域 ${r} | ${(r * 1.7).toFixed(1)} 亿 | ${r * 3}% |`);
      } else {
        for (let b = 1; b <= 5; b++) out.push(`- 要点 ${b}：收入同比增长 ${b * 3}%，主要来自企业客户与海外市场 (revenue up ${b * 3}% year over year)`);
        out.push('    - 细节：续约率提高，获客成本下降');
      }
      out.push('', `备注：第 ${s}.${k} 页的讲稿。`, '');
    }
  }
  return out.join('\n');
}

import { crc32, deflateSync } from 'node:zlib';
import { translate } from '../../../src/locales';
import type { Message } from '../../../src/messages';

// Outlines used by the deck tests: one of each layout, a long list, a long table, Chinese and English.

/** The practice section (a table, a code block, a quote) both the theme and the template decks are tested with. */
export const PRACTICE_ZH = `## 实践

### 课堂案例

| 学科 | 用法 | 效果 |
|---|---|---|
| 语文 | 作文批改与润色建议 | 学生修改次数提高 |
| 数学 | 分步讲解错题 | 错题订正率提高 |

### 示例代码

\`\`\`python
from openai import OpenAI
client = OpenAI(base_url="https://api.deepseek.com")
\`\`\`

### 名言

> 教育不是注满一桶水，而是点燃一把火。
`;

export const MIXED_ZH = `# 人工智能在教育中的应用

面向中学教师的入门介绍

## 背景

### 为什么现在谈 AI

- 大模型能力快速提升，**DeepSeek** 等开源模型降低了使用门槛
- 学生已经在使用 AI 完成作业
    - 写作辅助
    - 解题讲解

备注：开场先问大家有没有用过 AI。

### 优缺点对比

- 优点
    - 个性化辅导
    - 即时反馈
- 缺点
    - 可能出现幻觉
    - 学生依赖

${PRACTICE_ZH}
## 总结

- 拥抱变化
- 守住底线
`;

export function longBullets(n: number, zh = false): string {
  const items = Array.from({ length: n }, (_, i) =>
    zh
      ? `- 第${i + 1}条：这是一条相当长的要点，用来测试自动换行与续页是否正确，不会溢出文本框的底部边界`
      : `- Point ${i + 1}: a fairly long bullet that wraps onto a second line so the fitter has to count wrapped lines carefully`,
  );
  return `# Long\n\n## Many points\n\n${items.join('\n')}\n\nNotes: only on the first page\n`;
}

export function longTable(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `| Row ${i + 1} | ${'value '.repeat((i % 3) + 1).trim()} | ${i * 7} |`);
  return `# Data\n\n## Figures\n\n| Name | Description | Amount |\n|---|---|---|\n${body.join('\n')}\n`;
}

export const PNG_1x1 = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A valid w×h RGB PNG with a diagonal gradient, built here so the fixture needs no binary file. */
export function gradientPng(w: number, h: number): string {
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    rows.push(0);
    for (let x = 0; x < w; x++) rows.push(Math.round((255 * x) / w), Math.round((255 * y) / h), 160);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The layouts not in MIXED_ZH: a long list of short items (two columns), a picture beside text, a wide Chinese table, nested bullets. */
export const LAYOUTS_MIXED = `# Layout tour 版式一览

## Twelve short items

- Alpha
- Bravo
- Charlie
- Delta
- Echo
- Foxtrot
- Golf
- Hotel
- India
- Juliet
- Kilo
- Lima

## Picture beside text

- The chart shows revenue by quarter
- Q3 was the strongest quarter
![Revenue by quarter](${gradientPng(160, 90)})

## 各地区经营情况

| 地区 | 负责人 | 主要进展 | 风险与对策 |
|---|---|---|---|
| 华东 | 张三 | 新签约大客户三家，续约率提升至百分之九十二，渠道建设按计划推进 | 人员流动偏高，已启动关键岗位备份计划 |
| 华南 | 李四 | 完成两个城市的试点，客户满意度调查得分为四点六分 | 供应链交付周期偏长，正在评估第二供应商 |
| 华北 | 王五 | 政企项目中标一项 | 回款周期长，财务已介入跟进 |

## Nested points

- Level one with a longer sentence that should wrap once or twice on a wide slide
    - Level two detail
        - Level three detail that is also a little long to see the indent
- Another top point
`;

/** Warnings are data; a test reads them as the CLI prints them (en-US), one per line. */
export function said(warnings: readonly Message[]): string {
  return warnings.map((w) => translate('en-US', w.key, w.params)).join('\n');
}

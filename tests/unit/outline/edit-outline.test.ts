import { describe, expect, it } from 'vitest';
import { outlineFromMarkdown, serializeOutline, type Outline } from '../../../src/outline';
import { addNodeAfter, editMarkdown, moveNode, outlineEntries, removeNode, renameNode, setBullets, shiftBullet } from '../../../src/outline/edit-outline';

const MD = `# 季度汇报

## 业绩

### 收入
- 同比增长 12%
    - 华东 20%
- 毛利持平

| 区域 | 收入 |
| --- | --- |
| 华东 | 120 |

备注：先讲收入。

### 成本
1. 人力
2. 云服务

## 下季度

### 计划
- 上线新版本
`;

const parse = (md: string): Outline => outlineFromMarkdown(md).value;
const md = (o: Outline) => serializeOutline(o);

describe('editing the outline as a list of slides', () => {
  it('lists every heading with its bullets and their levels, in document order', () => {
    const entries = outlineEntries(parse(MD));
    expect(entries.map((e) => [e.path.join('.'), e.depth, e.title])).toEqual([
      ['0', 1, '业绩'],
      ['0.0', 2, '收入'],
      ['0.1', 2, '成本'],
      ['1', 1, '下季度'],
      ['1.0', 2, '计划'],
    ]);
    expect(entries[1]!.bullets).toEqual([
      { text: '同比增长 12%', level: 0 },
      { text: '华东 20%', level: 1 },
      { text: '毛利持平', level: 0 },
    ]);
  });

  it('edits round-trip through the Markdown: what the editor changes is what the Markdown view shows, the rest stays', () => {
    let o = parse(MD);
    o = renameNode(o, [0, 0], '营业收入');
    const bullets = outlineEntries(o)[1]!.bullets;
    o = setBullets(o, [0, 0], shiftBullet([...bullets, { text: '华南 8%', level: 0 }], 3, 1));
    o = moveNode(o, [0, 1], -1);
    o = addNodeAfter(o, [1, 0], '风险');
    o = setBullets(o, [1, 1], [{ text: '供应商交期', level: 0 }]);
    const text = md(o);
    expect(text).toContain('### 营业收入\n\n- 同比增长 12%\n    - 华东 20%\n- 毛利持平\n    - 华南 8%\n\n| 区域 | 收入 |');
    expect(text).toContain('备注：先讲收入。');
    // 成本 moved before 营业收入, its numbered list still numbered.
    expect(text.indexOf('### 成本\n\n1. 人力\n2. 云服务')).toBeLessThan(text.indexOf('### 营业收入'));
    expect(text).toContain('### 计划\n\n- 上线新版本\n\n### 风险\n\n- 供应商交期');
    // The Markdown parses back to the very tree the editor holds.
    expect(parse(text)).toEqual(o);
    // And the model's outline itself was not touched.
    expect(md(parse(MD))).toContain('### 收入');
  });

  it('keeps indentation possible: the first bullet cannot be indented, a bullet at most one level past the one before', () => {
    const b = [
      { text: 'a', level: 0 },
      { text: 'b', level: 0 },
    ];
    expect(shiftBullet(b, 0, 1)[0]!.level).toBe(0);
    expect(shiftBullet(b, 1, 1)[1]!.level).toBe(1);
    expect(shiftBullet(shiftBullet(b, 1, 1), 1, 1)[1]!.level).toBe(1);
    expect(shiftBullet(b, 1, -1)[1]!.level).toBe(0);
  });

  it('removes a slide, and a slide whose bullets are all removed loses its list, not its other blocks', () => {
    let o = removeNode(parse(MD), [1]);
    o = setBullets(o, [0, 0], []);
    const text = md(o);
    expect(text).not.toContain('下季度');
    expect(text).toContain('### 收入\n\n| 区域 | 收入 |');
    expect(moveNode(o, [0, 0], -1)).toEqual(o);
  });

  it('names what a slide holds besides its bullets, so the editor can say it is kept', () => {
    const o = parse(MD + '\n### 图示\n\n![架构](arch.png)\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n- 第一条\n\n段落\n\n- 另一列表\n');
    const byTitle = new Map(outlineEntries(o).map((e) => [e.title, e]));
    expect(byTitle.get('收入')!.kept).toEqual([
      { kind: 'table', n: 1 },
      { kind: 'notes', n: 1 },
    ]);
    expect(byTitle.get('成本')!.kept).toEqual([]);
    expect(byTitle.get('业绩')!.children).toBe(2);
    const figure = byTitle.get('图示')!;
    expect(figure.bullets).toEqual([{ text: '第一条', level: 0 }]);
    expect(figure.kept.map((k) => k.kind)).toEqual(['image', 'diagram', 'paragraph', 'list']);
  });

  it('renames the deck itself with an empty path, and edits Markdown text in one step', () => {
    expect(md(renameNode(parse(MD), [], '年度汇报'))).toMatch(/^# 年度汇报\n\n## 业绩/);
    const text = editMarkdown(MD, (o) => renameNode(o, [1, 0], '路线图'));
    expect(text).toContain('### 路线图\n\n- 上线新版本');
    expect(text).toContain('| 华东 | 120 |');
    expect(text).toContain('备注：先讲收入。');
  });
});

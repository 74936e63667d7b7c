import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertMarkdownUnit, listInsertedUnits, removeInsertedUnit, selectInsertedUnit } from '../../../src/office/word-insert';
import { renderMinutesMarkdown } from '../../../src/writing/render-minutes';
import { fakeWord, type FakeParagraph, type FakeWord, type TreeNode } from './fake-word';
import { MINUTES } from './minutes-fixture';

afterEach(() => vi.unstubAllGlobals());

function install(fw: FakeWord) {
  vi.stubGlobal('Word', fw.mock);
  return fw;
}

const all = () => true;
const MINUTES_UNIT = { kind: 'minutes' as const, title: 'DeepSeek+ · 会议纪要' };

const USER: FakeParagraph[] = [
  { text: '周会记录', styleBuiltIn: 'Heading1' },
  { text: '参会：张三、李四' },
  { text: '张三周五前提交预算说明。' },
  { text: '会后补充。' },
];

/** The one content control the insertion made, and the nodes around it. */
function unitOf(tree: TreeNode[]) {
  const i = tree.findIndex((n) => n.type === 'contentControl');
  const unit = tree[i];
  if (!unit || unit.type !== 'contentControl') throw new Error('no content control in ' + JSON.stringify(tree));
  return { before: tree.slice(0, i), unit, after: tree.slice(i + 1) };
}

const outline = (nodes: TreeNode[]) =>
  nodes.map((n) => {
    if (n.type === 'paragraph') return `${n.style}: ${n.text}`;
    if (n.type === 'listItem') return `${'  '.repeat(n.level)}${n.kind === 'number' ? '1.' : '•'} ${n.text}`;
    if (n.type === 'table') return `table ${n.rows.length}x${n.rows[0]?.length}`;
    return `cc ${n.tag}`;
  });

describe('inserting a Minutes record with Word’s own structures', () => {
  it('puts headings, a bulleted list, a numbered list and an action-item table after the selection, as one unit', async () => {
    const fw = install(fakeWord(USER, { selection: [2] }));
    const report = await insertMarkdownUnit(renderMinutesMarkdown(MINUTES, 'zh-CN'), 'afterSelection', MINUTES_UNIT, all);
    expect(report).toMatchObject({ method: 'native', notices: [] });
    expect(report.tag).toMatch(/^dsplus:minutes:[0-9a-z]+$/);

    const { before, unit, after } = unitOf(fw.tree());
    // The user's paragraphs before and after the insertion are exactly as they were.
    expect(before).toEqual([
      { type: 'paragraph', style: 'Heading1', text: '周会记录' },
      { type: 'paragraph', style: 'Normal', text: '参会：张三、李四' },
      { type: 'paragraph', style: 'Normal', text: '张三周五前提交预算说明。' },
    ]);
    expect(after).toEqual([{ type: 'paragraph', style: 'Normal', text: '会后补充。' }]);
    expect(unit).toMatchObject({ tag: report.tag, title: 'DeepSeek+ · 会议纪要', appearance: 'BoundingBox' });
    expect(outline(unit.children)).toEqual([
      'Heading1: 产品周会',
      'Normal: 时间：2026-03-02　地点：3号会议室',
      'Normal: 参会人员：张三、李四',
      'Heading2: 会议概要',
      'Normal: 确定上线时间和预算说明。',
      'Heading2: 议题与讨论',
      'Heading3: 1. 上线计划',
      '• 3月15日上线',
      '• 灰度一周',
      'Heading3: 2. 预算',
      '• 追加测试设备',
      'Heading2: 会议决定',
      '1. 3月15日上线',
      '1. 预算由张三说明',
      'Heading2: 行动项',
      'table 4x5',
      'Normal: ',
      'Heading2: 风险',
      '• 测试设备到货可能延迟',
      'Heading2: 待解决问题',
      '• 测试设备由谁采购？',
    ]);
    // "时间" and "地点" are bold, the date and the place after them are not (text typed after a bold run would be bold too).
    expect(unit.children[1]).toMatchObject({
      runs: [{ text: '时间', bold: true }, { text: '：2026-03-02　' }, { text: '地点', bold: true }, { text: '：3号会议室' }],
    });
    const table = unit.children.find((n) => n.type === 'table');
    expect(table).toMatchObject({
      style: 'TableGrid',
      headerRowCount: 1,
      headerBold: true,
      headerShading: '#E7EEF8',
      rows: [
        ['#', '事项', '负责人', '完成时间', '状态'],
        ['1', '提交预算说明', '张三', '周五', '已完成'],
        ['2', '准备灰度名单', '李四', '—', '进行中'],
        ['3', '更新上线文档', '—', '3月14日', '待办'],
      ],
    });
    // One row per action item, and the columns fitted to the text column: "#" narrow, the task widest.
    if (table?.type !== 'table') throw new Error('no table');
    const widths = table.widths as number[];
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(table.width, 0);
    expect(Math.min(...widths)).toBe(widths[0]);
    expect(Math.max(...widths)).toBe(widths[1]);
    // Lists are Word lists: the four bullet lists and the numbered one are separate lists.
    const items = unit.children.filter((n) => n.type === 'listItem');
    expect(new Set(items.map((n) => n.type === 'listItem' && n.list)).size).toBe(5);
    expect(items.every((n) => n.style === 'ListParagraph')).toBe(true);
  });

  it('takes a probe, one batch and a finishing sync, and reads nothing before its sync', async () => {
    const fw = install(fakeWord(USER, { selection: [2] }));
    await insertMarkdownUnit(renderMinutesMarkdown(MINUTES, 'en-US'), 'afterSelection', MINUTES_UNIT, all);
    expect(fw.syncs).toBe(3);
  });

  it('appends at the end without touching the document', async () => {
    const fw = install(fakeWord(USER, { selection: [0] }));
    await insertMarkdownUnit('# 标题\n\n正文', 'end', MINUTES_UNIT, all);
    const { before, unit, after } = unitOf(fw.tree());
    expect(outline(before)).toEqual(['Heading1: 周会记录', 'Normal: 参会：张三、李四', 'Normal: 张三周五前提交预算说明。', 'Normal: 会后补充。']);
    expect(outline(unit.children)).toEqual(['Heading1: 标题', 'Normal: 正文']);
    expect(after).toEqual([]);
  });
});

describe('lists, character formatting, quotes and code', () => {
  const draft = install;

  it('keeps list levels and the kind of each level', async () => {
    const fw = draft(fakeWord([{ text: '前文' }], { selection: [0] }));
    await insertMarkdownUnit(
      '- 项目 A\n  - 子项\n    - 孙项\n- 项目 B\n\n1. 第一步\n   - 要点\n2. 第二步',
      'afterSelection',
      { kind: 'draft', title: 'd' },
      all,
    );
    const items = unitOf(fw.tree()).unit.children.map((n) => (n.type === 'listItem' ? [n.text, n.level, n.kind, n.list] : n.type));
    expect(items).toEqual([
      ['项目 A', 0, 'bullet', 1],
      ['子项', 1, 'bullet', 1],
      ['孙项', 2, 'bullet', 1],
      ['项目 B', 0, 'bullet', 1],
      ['第一步', 0, 'number', 2],
      ['要点', 1, 'bullet', 2],
      ['第二步', 0, 'number', 2],
    ]);
  });

  it('formats runs as ranges: bold, italic, struck, code in a monospace font, http links as hyperlinks', async () => {
    const fw = draft(fakeWord([{ text: '前文' }], { selection: [0] }));
    await insertMarkdownUnit(
      '**粗**和*斜*、~~删~~、`code` 与 [官网](https://example.com) 及 [相对](docs/a.md)。',
      'afterSelection',
      { kind: 'draft', title: 'd' },
      all,
    );
    const [p] = unitOf(fw.tree()).unit.children;
    expect(p).toEqual({
      type: 'paragraph',
      style: 'Normal',
      text: '粗和斜、删、code 与 官网 及 相对。',
      runs: [
        { text: '粗', bold: true },
        { text: '和' },
        { text: '斜', italic: true },
        { text: '、' },
        { text: '删', strike: true },
        { text: '、' },
        { text: 'code', font: 'Consolas' },
        { text: ' 与 ' },
        { text: '官网', href: 'https://example.com' },
        // Only http(s) and mailto targets become links: model text never points the document elsewhere.
        { text: ' 及 相对。' },
      ],
    });
  });

  it('gives quotes the built-in Quote style and code blocks one monospace paragraph with line breaks', async () => {
    const fw = draft(fakeWord([{ text: '前文' }], { selection: [0] }));
    await insertMarkdownUnit(
      '> 引用一行\n> 第二行\n\n```js\nconst a = 1;\nconst b = 2;\n```\n\n---\n\n结尾 *斜体*',
      'afterSelection',
      { kind: 'draft', title: 'd' },
      all,
    );
    expect(unitOf(fw.tree()).unit.children).toEqual([
      { type: 'paragraph', style: 'Quote', text: '引用一行第二行' },
      { type: 'paragraph', style: 'Normal', text: 'const a = 1;\nconst b = 2;', runs: [{ text: 'const a = 1;\nconst b = 2;', font: 'Consolas' }] },
      { type: 'paragraph', style: 'Normal', text: '' },
      { type: 'paragraph', style: 'Normal', text: '结尾 斜体', runs: [{ text: '结尾 ' }, { text: '斜体', italic: true }] },
    ]);
  });

  it('puts formatted table cells in as runs and plain cells as values', async () => {
    const fw = draft(fakeWord([{ text: '前文' }], { selection: [0] }));
    await insertMarkdownUnit('| 项 | 说明 |\n| --- | --- |\n| A | **重要** 事项 |\n| B | 普通 |', 'afterSelection', { kind: 'report', title: 'r' }, all);
    const table = unitOf(fw.tree()).unit.children[0];
    expect(table).toMatchObject({
      type: 'table',
      rows: [
        ['项', '说明'],
        ['A', '重要 事项'],
        ['B', '普通'],
      ],
    });
    expect(table?.type === 'table' && table.cellRuns[1]?.[1]).toEqual([{ text: '重要', bold: true }, { text: ' 事项' }]);
  });
});

describe('where the unit goes', () => {
  it('after the list the selection is in, leaving the user’s list whole', async () => {
    const fw = install(
      fakeWord(
        [
          { text: '清单', styleBuiltIn: 'Heading2' },
          { text: '甲', isListItem: true, level: 0, listString: '•' },
          { text: '乙', isListItem: true, level: 0, listString: '•' },
          { text: '结尾' },
        ],
        { selection: [1] },
      ),
    );
    await insertMarkdownUnit('新段落', 'afterSelection', { kind: 'answer', title: 'a' }, all);
    const { before, unit, after } = unitOf(fw.tree());
    expect(outline(before)).toEqual(['Heading2: 清单', '• 甲', '• 乙']);
    expect(unit.children).toEqual([{ type: 'paragraph', style: 'Normal', text: '新段落' }]);
    expect(outline(after)).toEqual(['Normal: 结尾']);
  });

  it('after an earlier inserted unit when the cursor is inside it, never nested in it', async () => {
    const fw = install(fakeWord([{ text: '开头' }, { text: '结尾' }], { selection: [0] }));
    const first = await insertMarkdownUnit('# 第一次\n\n内容', 'afterSelection', { kind: 'answer', title: 'a' }, all);
    // The insertion left the cursor at the end of its own last paragraph.
    const second = await insertMarkdownUnit('# 第二次', 'afterSelection', { kind: 'answer', title: 'a' }, all);
    const tree = fw.tree();
    expect(tree.map((n) => (n.type === 'contentControl' ? n.tag : outline([n])[0]))).toEqual(['Normal: 开头', first.tag, second.tag, 'Normal: 结尾']);
  });

  it('after a table when the selection is in one of its cells', async () => {
    const fw = install(fakeWord([{ text: '前文' }, { text: '后文' }], { selection: [0] }));
    await insertMarkdownUnit('| a | b |\n| --- | --- |\n| 1 | 2 |', 'afterSelection', { kind: 'report', title: 'r' }, all);
    const cell = fw.doc.findIndex((p) => p.text === '2');
    fw.model.setSelection([cell]);
    await insertMarkdownUnit('表后', 'afterSelection', { kind: 'answer', title: 'a' }, all);
    const tree = fw.tree();
    expect(tree.map((n) => n.type)).toEqual(['paragraph', 'contentControl', 'contentControl', 'paragraph']);
    const second = tree[2];
    expect(second?.type === 'contentControl' && second.children).toEqual([{ type: 'paragraph', style: 'Normal', text: '表后' }]);
  });
});

describe('Replace, only when chosen', () => {
  it('replaces a whole selected paragraph in place with a one-paragraph result', async () => {
    const fw = install(fakeWord([{ text: '甲' }, { text: '旧文字' }, { text: '丙' }], { selection: [1] }));
    const report = await insertMarkdownUnit('新**文字**', 'replaceSelection', { kind: 'rewrite', title: '改写' }, all);
    expect(fw.tree()).toEqual([
      { type: 'paragraph', style: 'Normal', text: '甲' },
      {
        type: 'paragraph',
        style: 'Normal',
        text: '新文字',
        runs: [{ text: '新' }, { text: '文字', bold: true }],
        contentControls: [{ tag: report.tag, title: '改写', text: '新文字' }],
      },
      { type: 'paragraph', style: 'Normal', text: '丙' },
    ]);
  });

  it('replaces only the selected words inside a paragraph', async () => {
    const fw = install(fakeWord([{ text: '项目进展还行吧，下月完成。' }], { selection: [0], selectionText: '还行吧' }));
    await insertMarkdownUnit('顺利', 'replaceSelection', { kind: 'rewrite', title: '改写' }, all);
    expect(fw.doc.map((p) => p.text)).toEqual(['项目进展顺利，下月完成。']);
  });

  it('puts a multi-block result where the selected paragraphs were', async () => {
    const fw = install(fakeWord([{ text: '甲' }, { text: '旧一' }, { text: '旧二' }, { text: '丙' }], { selection: [1, 2] }));
    await insertMarkdownUnit('## 新标题\n\n- 一\n- 二', 'replaceSelection', { kind: 'rewrite', title: '改写' }, all);
    const tree = fw.tree();
    expect(outline(tree.slice(0, 1))).toEqual(['Normal: 甲']);
    expect(tree[1]?.type === 'contentControl' && outline(tree[1].children)).toEqual(['Heading2: 新标题', '• 一', '• 二']);
    expect(outline(tree.slice(2))).toEqual(['Normal: 丙']);
  });
});

describe('batching', () => {
  it('inserts a 2,000-paragraph document in a handful of syncs', async () => {
    const md =
      Array.from({ length: 2000 }, (_, i) =>
        i % 100 === 0 ? `## 第${i / 100 + 1}节\n\n第 ${i} 段，**要点**。` : i % 10 === 0 ? `- 列表项 ${i}` : `第 ${i} 段正文。`,
      ).join('\n\n') +
      '\n\n| 事项 | 负责人 |\n| --- | --- |\n' +
      Array.from({ length: 50 }, (_, i) => `| 任务${i} | 张三 |`).join('\n');
    const fw = install(fakeWord([{ text: '开头' }, { text: '结尾' }], { selection: [0] }));
    const report = await insertMarkdownUnit(md, 'afterSelection', { kind: 'draft', title: 'd' }, all);
    expect(report.notices).toEqual([]);
    // A probe, one sync per 1,000 paragraphs (the last with the table widths), one to finish.
    expect(fw.syncs).toBeLessThanOrEqual(5);
    const { before, unit, after } = unitOf(fw.tree());
    expect(outline(before)).toEqual(['Normal: 开头']);
    expect(outline(after)).toEqual(['Normal: 结尾']);
    expect(unit.children.filter((n) => n.type !== 'table')).toHaveLength(2000 + 20 + 1);
    expect(unit.children.find((n) => n.type === 'table')).toMatchObject({ rows: expect.arrayContaining([['任务49', '张三']]) });
  });
});

describe('the unit: find, select and remove what was inserted', () => {
  it('lists the inserted units, selects one and removes exactly it', async () => {
    const fw = install(fakeWord([{ text: '开头' }, { text: '结尾' }], { selection: [0] }));
    const a = await insertMarkdownUnit('# 纪要\n\n- 一', 'afterSelection', MINUTES_UNIT, all);
    const b = await insertMarkdownUnit('回答正文', 'end', { kind: 'answer', title: 'DeepSeek+ · 回答' }, all);
    await expect(listInsertedUnits()).resolves.toEqual([
      { tag: a.tag, kind: 'minutes', title: 'DeepSeek+ · 会议纪要', text: '纪要\r一' },
      { tag: b.tag, kind: 'answer', title: 'DeepSeek+ · 回答', text: '回答正文' },
    ]);
    await expect(selectInsertedUnit(a.tag ?? '')).resolves.toBe(true);
    expect(fw.log.at(-1)).toEqual({ call: 'select', mode: 'Select' });
    await expect(removeInsertedUnit(a.tag ?? '')).resolves.toBe(true);
    expect(outline(fw.tree())).toEqual(['Normal: 开头', 'Normal: 结尾', `cc ${b.tag}`]);
    // Gone already: nothing else is touched.
    await expect(removeInsertedUnit(a.tag ?? '')).resolves.toBe(false);
    expect(outline(fw.tree())).toEqual(['Normal: 开头', 'Normal: 结尾', `cc ${b.tag}`]);
  });

  it('never touches a content control that is not one of ours', async () => {
    install(fakeWord([{ text: '开头' }], { selection: [0] }));
    await expect(removeInsertedUnit('user-form-field')).resolves.toBe(false);
  });
});

describe('when Word fails half way', () => {
  it('removes what went in and reports the error, leaving the document as it was', async () => {
    const fw = install(fakeWord(USER, { selection: [2] }));
    const sync = fw.model.sync.bind(fw.model);
    let n = 0;
    fw.model.sync = () => (++n === 2 ? Promise.reject(new Error('GeneralException')) : sync());
    await expect(insertMarkdownUnit(renderMinutesMarkdown(MINUTES, 'zh-CN'), 'afterSelection', MINUTES_UNIT, all)).rejects.toThrow('GeneralException');
    expect(fw.doc.map((p) => p.text)).toEqual(USER.map((p) => p.text));
  });
});

// Word feature figures: the offline halves (punctuation check, pinning suggestions, Markdown → .docx,
// tracked-change .docx, Word paragraphs → Markdown) on document-sized inputs, each with a same-process
// baseline so the ratio means something on a shared machine.
import { fmt, median, peakRssMB, printTable, timeRuns } from './lib';
import { checkPunctuation } from '../src/writing/punctuation-check';
import { pinSuggestions } from '../src/writing/proofread';
import { wordBlocksFromMarkdown } from '../src/writing/from-markdown';
import { markdownToDocx } from '../src/writing/markdown-to-docx';
import { writeTrackedDocx } from '../src/writing/tracked-docx';
import { documentText } from '../src/writing/document-text';
import { paragraphsToMarkdown, type WordParagraphInfo } from '../src/writing/word-markdown';
import { wordLayoutFromMarkdown } from '../src/writing/word-layout';
import { parseMarkdown } from '../src/markdown';
import { insertMarkdownUnit } from '../src/office/word-insert';
import { fakeWord } from '../tests/unit/office-word/fake-word';

const SENTENCE = '本季度项目进渡良好,团队完成了三个版本的发布;客户满意度提升到92%。We shipped v2.1，on time。';
const paras = Array.from({ length: 2000 }, (_, i) => `${i + 1}. ${SENTENCE}`);
const text = paras.join('\n');
const markdown = [
  '# 年度报告',
  '',
  ...paras.map((p, i) => (i % 50 === 0 ? `## 第${i / 50 + 1}章\n\n${p}\n` : `${p}\n`)),
  '| 事项 | 负责人 | 截止 |',
  '| --- | --- | --- |',
  ...Array.from({ length: 200 }, (_, i) => `| 任务${i} | 张三 | 周五 |`),
].join('\n');

const rows: Record<string, string | number>[] = [];
async function measure(name: string, fn: () => unknown, baselineName: string, baseline: () => unknown, runs = 5) {
  const base = median(await timeRuns(baseline, runs));
  const t = median(await timeRuns(fn, runs));
  rows.push({ task: name, 'median ms': fmt(t), baseline: baselineName, 'baseline ms': fmt(base), ratio: fmt(t / base, 1) });
}

const local = checkPunctuation(text);
await measure(
  `punctuation check, ${(text.length / 1000).toFixed(0)}k chars (${local.length} hits)`,
  () => checkPunctuation(text),
  'regex scan of the same marks',
  () => text.match(/[,;:?!.，；：？！。]/g)?.length,
);

const suggestions = Array.from({ length: 200 }, (_, i) => ({
  original: `${i + 1}. 本季度项目进渡`,
  replacement: `${i + 1}. 本季度项目进度`,
  reason: '',
  category: 'typo' as const,
}));
await measure(
  'pin 200 model suggestions',
  () => pinSuggestions(text, suggestions, { start: 0, end: text.length }, 'b'),
  'indexOf of each original',
  () => suggestions.map((s) => text.indexOf(s.original)),
);

await measure(
  `Markdown → .docx (${paras.length} paragraphs, 200-row table)`,
  () => markdownToDocx(markdown),
  'parse Markdown only',
  () => wordBlocksFromMarkdown(markdown),
  3,
);

const edits = [...local.slice(0, 500)];
const { text: plain } = documentText(markdown);
const trackedEdits = checkPunctuation(plain).slice(0, 500);
await measure(
  `tracked .docx with ${trackedEdits.length} revisions`,
  () => writeTrackedDocx(markdown, trackedEdits),
  'same .docx without revisions',
  () => markdownToDocx(markdown),
  3,
);
void edits;

const wordParas: WordParagraphInfo[] = Array.from({ length: 5000 }, (_, i) =>
  i % 40 === 0
    ? { text: `第${i / 40 + 1}节`, styleBuiltIn: 'Heading2' }
    : i % 7 === 0
      ? { text: SENTENCE, isListItem: true, listLevel: i % 2, listString: '•' }
      : { text: SENTENCE, styleBuiltIn: 'Normal', bold: i % 13 === 0 },
);
await measure(
  'Word paragraphs → Markdown (5,000 paragraphs)',
  () => paragraphsToMarkdown(wordParas, []),
  'join paragraph texts',
  () => wordParas.map((p) => p.text).join('\n\n'),
);

await measure(
  `Markdown → Word layout (${paras.length} paragraphs, 200-row table)`,
  () => wordLayoutFromMarkdown(markdown),
  'parse Markdown only (the core)',
  () => parseMarkdown(markdown),
  3,
);

// The insertion itself runs against the host double: its time says nothing about real Word, but the
// number of round trips (syncs) and of queued Word calls is what the writer sends, on any platform.
const insertRuns: { syncs: number; calls: number; paragraphs: number }[] = [];
const insertOnce = async () => {
  const fw = fakeWord([{ text: '开头' }, { text: '结尾' }], { selection: [0] });
  (globalThis as { Word?: unknown }).Word = fw.mock;
  await insertMarkdownUnit(markdown, 'afterSelection', { kind: 'report', title: 'bench' }, () => true);
  insertRuns.push({ syncs: fw.syncs, calls: fw.calls, paragraphs: fw.doc.length - 2 });
};
await measure('insert into the Word host double (same document)', insertOnce, 'Markdown → Word layout', () => wordLayoutFromMarkdown(markdown), 3);
const last = insertRuns[insertRuns.length - 1];
if (last)
  rows.push({
    task: `  → ${last.paragraphs} Word paragraphs: ${last.syncs} context.sync() calls, ${last.calls} queued Word API calls`,
    'median ms': '',
    baseline: '',
    'baseline ms': '',
    ratio: '',
  });

printTable(rows);
console.log(`peak RSS ${fmt(peakRssMB(), 0)} MB`);

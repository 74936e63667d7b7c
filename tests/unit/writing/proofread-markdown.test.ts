import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEditsToMarkdown, inlinePlainMap } from '../../../src/writing/apply-markdown-edits';
import { documentText } from '../../../src/writing/document-text';
import { markdownPlainText } from '../../../src/markdown';
import { checkPunctuation } from '../../../src/writing/punctuation-check';
import { markdownToDocx } from '../../../src/writing/markdown-to-docx';
import { runCli } from '../cli/run-cli';
import { expectRefusal, workdir } from '../cli/refusal';

// `proofread x.md --apply -o y.md` used to write the plain text of the document: headings, lists, tables
// and link targets were gone. The corrections now go into the Markdown as written.

const DOC = [
  '# 季度报告,概要',
  '',
  '本季度营收增长,详见[附件](https://example.com/report?a=1,b=2)。',
  '',
  '- 第一项,**重点**,完成',
  '- 第二项',
  '  - 子项,进行中',
  '',
  '| 指标 | 说明 |',
  '|---|---|',
  '| 营收 | 增长,稳定 |',
  '',
  '```',
  'code, untouched',
  '```',
  '',
].join('\n');

describe('corrections go into the Markdown as written', () => {
  it('maps plain offsets back through emphasis, code and links exactly as the reader parses them', () => {
    for (const s of ['a **b** c', '*x* and `y`', '[label](http://u) tail', 'snake_case_word', '**bold _it_**']) {
      const { plain, map } = inlinePlainMap(s);
      expect(plain).toBe(markdownPlainText(s, 'newline'));
      for (const [k, at] of map.entries()) expect(s[at]).toBe(plain[k]);
    }
  });

  it('keeps headings, lists, tables, emphasis and link targets, changing only the corrected characters', () => {
    const text = documentText(DOC).text;
    const edits = checkPunctuation(text);
    expect(edits.length).toBeGreaterThan(3);
    const r = applyEditsToMarkdown(DOC, edits);
    expect(r.markdown).toBe(
      DOC.replace('季度报告,概要', '季度报告，概要')
        .replace('增长,详见', '增长，详见')
        .replace('第一项,**重点**,完成', '第一项，**重点**，完成')
        .replace('子项,进行中', '子项，进行中')
        .replace('增长,稳定', '增长，稳定'),
    );
    expect(r.markdown).toContain('(https://example.com/report?a=1,b=2)');
    expect(r.applied + r.skipped).toBe(edits.length);
  });
});

describe('dsplus proofread --apply', () => {
  it('.md → .md keeps the structure; a .docx input may only be written as .docx', { timeout: 60_000 }, async () => {
    const w = workdir({ 'r.md': DOC });
    const r = await runCli(['proofread', join(w.dir, 'r.md'), '--local', '--apply', '-o', join(w.dir, 'out.md')]);
    expect(r.status).toBe(0);
    const out = readFileSync(join(w.dir, 'out.md'), 'utf8');
    expect(out).toContain('# 季度报告，概要');
    expect(out).toContain('- 第一项，**重点**，完成');
    expect(out).toContain('| 营收 | 增长，稳定 |');
    expect(out).toContain('[附件](https://example.com/report?a=1,b=2)');
    expect(r.stderr).toMatch(/\d+ corrections written\./);

    const docx = Buffer.from(await markdownToDocx('# 标题\n\n正文,内容\n'));
    const d = workdir({ 'in.docx': docx });
    expectRefusal(
      await runCli(['proofread', join(d.dir, 'in.docx'), '--local', '--apply', '-o', join(d.dir, 'out.md')]),
      'A .docx keeps its headings, lists, tables and pictures only as a .docx, not as .md',
    );
    d.unchanged();
  });
});

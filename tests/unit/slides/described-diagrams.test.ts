import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedDiagrams } from '../../../src/slides/described-diagrams';
import { makeDeck } from '../../../src/slides/workflow';
import { translate } from '../../../src/locales';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { runCli } from '../cli/run-cli';

// An outline line `图: 流程图 …` / `Diagram: …` asks for a diagram in words: with a model the Diagram
// prompt writes the Mermaid and the deck draws it as a diagram slide (the outline keeps the Mermaid);
// without one the line stays text and a warning names the slide. Through makeDeck, as the CLI and the
// pane both call it; the model is the mock server.

const OUTLINE = [
  '# 报销制度改进',
  '',
  '## 审批流程',
  '',
  '- 员工在系统里提交报销单',
  '- 图: 流程图 报销审批流程，金额超过 5000 元要总监审批',
  '',
  '## 结论',
  '',
  '- 图：审批天数逐月下降',
  '- 谢谢',
  '',
].join('\n');

const FLOW = 'flowchart TD\n  A[提交报销单] --> B{超过 5000 元？}\n  B -->|是| C[总监审批]\n  B -->|否| D[经理审批]';
const answer = (mermaid: string) => `好的：\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n`;

let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: answer(FLOW) }));
});
afterAll(async () => {
  await llm.close();
});

async function slideXmls(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

describe('diagram lines in an outline', () => {
  it('finds 图:/Diagram: lines with their type, description and slide; a Chinese figure caption without a type is not one', () => {
    const found = describedDiagrams(
      OUTLINE +
        '\n## 组织\n\nDiagram: org chart of the finance team\n\n```text\n图: 流程图 inside a code block\n```\n\n## 历程\n\n1. 图：时间线 公司十年发展\n',
    );
    expect(describedDiagrams('## 图\n\n图：时间线\n\nDiagram: \n').length).toBe(0);
    expect(found.map(({ kind, description, slide }) => ({ kind, description, slide }))).toEqual([
      { kind: 'flowchart', description: '流程图 报销审批流程，金额超过 5000 元要总监审批', slide: '审批流程' },
      { kind: 'orgchart', description: 'org chart of the finance team', slide: '组织' },
      { kind: 'timeline', description: '时间线 公司十年发展', slide: '历程' },
    ]);
    // What the model is given to draw from: the slide's other lines.
    expect(found[0].material).toContain('员工在系统里提交报销单');
    expect(found[0].material).not.toContain('图:');
  });

  it('with a model: the Diagram prompt writes the Mermaid, the slide becomes a diagram of native shapes, and the outline keeps it', async () => {
    const before = llm.requests.length;
    const r = await makeDeck({ markdown: OUTLINE, theme: 'business', agenda: false, settings: llm.settings });
    expect(r.diagramsWritten).toBe(1);
    expect(r.warnings).toEqual([]);
    // One request, with the Diagram rules, the description, the kind and the slide's text.
    expect(llm.requests.length - before).toBe(1);
    const sent = llm.requests.at(-1)!.messages;
    expect(sent[0].content).toContain('mermaid');
    expect(sent.at(-1)!.content).toContain('报销审批流程，金额超过 5000 元要总监审批');
    expect(sent.at(-1)!.content).toContain('画成流程图');
    expect(sent.at(-1)!.content).toContain('员工在系统里提交报销单');
    expect(r.markdown).toContain(`\`\`\`mermaid\n${FLOW}\n\`\`\``);
    expect(r.markdown).not.toContain('图: 流程图');
    // The caption line without a type stays a bullet.
    expect(r.markdown).toContain('- 图：审批天数逐月下降');
    const diagram = r.deck.slides.find((s) => s.layout === 'diagram');
    expect(diagram?.title).toBe('审批流程');
    const xml = (await slideXmls(r.bytes))[r.deck.slides.indexOf(diagram!)];
    expect(xml.match(/<p:cxnSp>/g)).toHaveLength(3);
    for (const text of ['提交报销单', '超过 5000 元？', '总监审批', '经理审批']) expect(xml).toContain(text);
  });

  it('without a model: the line stays as text and a warning names the slide', async () => {
    const r = await makeDeck({ markdown: OUTLINE, theme: 'business', agenda: false });
    expect(r.diagramsWritten).toBe(0);
    expect(r.markdown).toBe(OUTLINE);
    expect(r.warnings[0]).toEqual({
      key: 'slides.warn.diagramNeedsModel',
      params: { title: '审批流程', line: '图: 流程图 报销审批流程，金额超过 5000 元要总监审批' },
    });
    expect(translate('en-US', r.warnings[0].key, r.warnings[0].params)).toBe(
      'On “审批流程”, “图: 流程图 报销审批流程，金额超过 5000 元要总监审批” asks for a diagram, which needs a model to write it; the line was kept as text. Set up a model, or write the diagram as a ```mermaid block.',
    );
    expect(r.deck.slides.some((s) => s.layout === 'diagram')).toBe(false);
    expect((await slideXmls(r.bytes)).join('')).toContain('报销审批流程');
  });

  it('when the model cannot write readable Mermaid twice, that slide keeps its line and the warning says why', async () => {
    llm.setHandler(() => ({ content: 'sequenceDiagram\n  A->>B: hi' }));
    try {
      const r = await makeDeck({ markdown: OUTLINE, theme: 'business', agenda: false, settings: llm.settings });
      expect(r.diagramsWritten).toBe(0);
      expect(r.warnings[0]).toEqual({
        key: 'slides.warn.diagramNotWritten',
        params: { title: '审批流程', line: '图: 流程图 报销审批流程，金额超过 5000 元要总监审批' },
      });
      expect(r.markdown).toBe(OUTLINE);
    } finally {
      llm.setHandler(() => ({ content: answer(FLOW) }));
    }
  });

  it('dsplus slides: the diagram slide is drawn and the outline with its Mermaid is saved beside the deck', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dsplus-described-'));
    writeFileSync(join(dir, 'plan.md'), OUTLINE);
    const r = await runCli(['slides', join(dir, 'plan.md'), '-o', join(dir, 'plan.pptx')], { DSPLUS_BASE_URL: llm.url, DSPLUS_LANG: 'zh-CN' });
    expect(r.status).toBe(0);
    const xmls = await slideXmls(readFileSync(join(dir, 'plan.pptx')));
    expect(xmls.some((x) => (x.match(/<p:cxnSp>/g) ?? []).length === 3 && x.includes('总监审批'))).toBe(true);
    expect(readFileSync(join(dir, 'plan.outline.md'), 'utf8')).toContain(`\`\`\`mermaid\n${FLOW}\n\`\`\``);
    // Without a model: the deck is still made, and stderr says which slide kept its line.
    const bare = await runCli(['slides', join(dir, 'plan.md'), '-o', join(dir, 'bare.pptx')], { DSPLUS_API_KEY: '', DSPLUS_LANG: 'en-US' });
    expect(bare.status).toBe(0);
    expect(bare.stderr).toContain('On “审批流程”, “图: 流程图 报销审批流程');
  });
});

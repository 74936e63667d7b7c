import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { withModelEnv } from '../../support/cli-model-env';
import { countNodes, toXmind, type MindNode } from '../../../src/mindmap';
import { exportMap, makeMap } from '../../../src/mindmap/workflow';
import { layoutToPng } from '../../../src/mindmap/render-png-node';
import { readHtmlAssets } from '../../../src/mindmap/html-assets-node';
import { mindmapAction } from '../../../src/cli/actions/mindmap';

// src/mindmap/workflow.ts is the mind-map feature for `dsplus mindmap` and the Mind map panel alike:
// the CLI's file must be exactly what the workflow gives for the same input (what the panel downloads).

const MAP = '# 远程办公\n## 工具\n- 视频会议\n- 文档协作\n## 挑战\n- 沟通\n  备注：时区不同';
let llm: MockLlm;
beforeAll(async () => {
  llm = await startMockLlm(() => ({ content: `好的：\n\`\`\`markdown\n${MAP}\n\`\`\``, chunkSize: 4 }));
});
afterAll(async () => {
  await llm.close();
});

const env = { layoutToPng: async (l: Parameters<typeof layoutToPng>[0]) => layoutToPng(l), htmlAssets: async () => readHtmlAssets(), lang: 'zh-CN' };
const dir = mkdtempSync(join(tmpdir(), 'mindmap-workflow-'));

describe('mind-map workflow', () => {
  it('text → map without a model: the Markdown is kept as written, warnings come back as data', async () => {
    const m = await makeMap(null, { text: '## 一\n- a\n## 二\n', locale: 'zh-CN', fallbackTitle: '导图' });
    expect(m.fromModel).toBe(false);
    expect(m.markdown).toBe('## 一\n- a\n## 二\n');
    expect(m.root.title).toBe('导图');
    expect(m.root.children.map((c) => c.title)).toEqual(['一', '二']);
    expect(m.warnings.map((w) => w.key)).toContain('mindmap.warn.noRoot');
  });

  it('a topic → the model streams the Markdown → the map; without a model it says none is set up', async () => {
    const seen: string[] = [];
    const m = await makeMap(llm.settings, { topic: '远程办公', locale: 'zh-CN', fallbackTitle: '导图' }, { onText: (t) => seen.push(t) });
    expect(m.fromModel).toBe(true);
    expect(m.markdown).toBe(MAP);
    expect(seen.length).toBeGreaterThan(3);
    expect(countNodes(m.root)).toBe(6);
    await expect(makeMap(null, { topic: '远程办公', locale: 'zh-CN', fallbackTitle: '导图' })).rejects.toMatchObject({
      key: expect.stringMatching(/^llm\.error\.notConfigured/),
    });
    await expect(makeMap(null, { text: '  \n', locale: 'zh-CN', fallbackTitle: '导图' })).rejects.toMatchObject({ key: 'error.emptyInput' });
  });

  it('Stop during the model step ends the work with nothing made', async () => {
    llm.setHandler(() => ({ content: MAP, chunkSize: 2, chunkDelayMs: 20 }));
    const ac = new AbortController();
    const run = makeMap(llm.settings, { topic: 'x', locale: 'en-US', fallbackTitle: 'Map' }, { signal: ac.signal, onText: () => ac.abort() });
    await expect(run).rejects.toMatchObject({ name: expect.stringMatching(/Abort|Cancel/) });
    llm.setHandler(() => ({ content: `\`\`\`markdown\n${MAP}\n\`\`\`` }));
  });

  it('an .xmind of several sheets: .xmind keeps them all, other formats say which sheet they used and what they lost', async () => {
    const sheet = (title: string): MindNode => ({ title, children: [{ title: `${title} A`, labels: ['x'], children: [] }] });
    const bytes = await toXmind(sheet('一'), [{ title: '二', root: sheet('二') }]);
    const m = await makeMap(null, { file: { name: 'book.xmind', bytes }, locale: 'zh-CN', fallbackTitle: '导图' });
    const xmind = await exportMap(m, 'xmind', env);
    expect(xmind.topics).toBe(4);
    expect(xmind.warnings).toEqual([]);
    expect(xmind.mime).toBe('application/vnd.xmind.workbook');
    const md = await exportMap(m, 'md', env);
    expect(md.topics).toBe(2);
    expect(md.fileName).toBe('一.md');
    expect(md.warnings.map((w) => w.key)).toEqual(['mindmap.xmind.sheets', 'mindmap.lost.labels']);
  });

  it('dsplus mindmap writes exactly what the workflow gives the panel for the same input', async () => {
    writeFileSync(join(dir, 'source.md'), MAP);
    for (const ext of ['md', 'svg', 'xmind'] as const) {
      const out = join(dir, `plan.${ext}`);
      await mindmapAction(join(dir, 'source.md'), { output: out });
      const viaWorkflow = await exportMap(
        await makeMap(null, { file: { name: 'source.md', bytes: readFileSync(join(dir, 'source.md')) }, locale: 'zh-CN', fallbackTitle: 'x' }),
        ext,
        env,
      );
      const written = readFileSync(out);
      if (ext === 'xmind') {
        // Zip entries carry times: compare the map inside.
        const back = await makeMap(null, { file: { name: 'a.xmind', bytes: written }, locale: 'zh-CN', fallbackTitle: 'x' });
        const direct = await makeMap(null, { file: { name: 'b.xmind', bytes: viaWorkflow.data as Uint8Array }, locale: 'zh-CN', fallbackTitle: 'x' });
        expect(back.root).toEqual(direct.root);
      } else {
        expect(written.toString('utf8')).toBe(String(viaWorkflow.data));
      }
    }
    // With the model: the same topic gives the same map and the same Markdown beside it.
    await withModelEnv(llm.url, dir, () => mindmapAction(undefined, { output: join(dir, 'topic.svg'), topic: '远程办公' }));
    const viaWorkflow = await exportMap(await makeMap(llm.settings, { topic: '远程办公', locale: 'zh-CN', fallbackTitle: 'x' }), 'svg', env);
    expect(readFileSync(join(dir, 'topic.svg'), 'utf8')).toBe(viaWorkflow.data);
    expect(readFileSync(join(dir, 'topic.md'), 'utf8')).toBe(`${MAP}\n`);
  });
});

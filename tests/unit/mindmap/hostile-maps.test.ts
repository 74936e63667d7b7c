import { describe, expect, it } from 'vitest';
import { exportMindMap, fromOpml, mindTreeFromMarkdown, readMapInput, toMindMarkdown, type MindNode } from '../../../src/mindmap';
import { MAX_DRAWN_TOPICS, MAX_MAP_DEPTH } from '../../../src/limits';
import { makeZip } from '../files/zip-fixtures';

// Maps nested past the limit are refused by name from every reader — never a stack overflow, and never
// the silent cut markdown-it makes at about 50 list levels. Pictures of huge maps have a stated limit.

const deepList = (n: number) => `# Root\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;
const env = { layoutToPng: async () => new Uint8Array(), htmlAssets: async () => ({ d3: '', markmapView: '' }) } as never;

describe('map nesting and size limits', () => {
  it(`a list nested ${MAX_MAP_DEPTH} levels is read whole; deeper (60 or 2,000 levels) is refused, not cut to 51 topics`, () => {
    const ok = mindTreeFromMarkdown(deepList(MAX_MAP_DEPTH - 1)).root;
    expect(toMindMarkdown(ok).match(/item/g)).toHaveLength(MAX_MAP_DEPTH - 1);
    for (const n of [60, 2000])
      expect(() => mindTreeFromMarkdown(deepList(n))).toThrow(expect.objectContaining({ key: 'files.error.tooDeep.map', params: { limit: MAX_MAP_DEPTH } }));
    // Quotes nested past markdown-it's own limit would lose the rest of the text without a word.
    expect(() => mindTreeFromMarkdown(`# R\n\n${'>'.repeat(120)} deep\n\n## after\n`)).toThrow(expect.objectContaining({ key: 'files.error.tooDeep.map' }));
  });

  it('10,000 levels of OPML or .xmind are refused by name, not "Maximum call stack size exceeded"', async () => {
    const n = 10_000;
    expect(() => fromOpml(`<opml version="2.0"><body>${'<outline text="x">'.repeat(n)}${'</outline>'.repeat(n)}</body></opml>`)).toThrow(
      expect.objectContaining({ key: 'files.error.tooDeep.map' }),
    );
    const content = `[{"rootTopic":${'{"title":"x","children":{"attached":['.repeat(n)}{"title":"leaf"}${']}}'.repeat(n)}}]`;
    const xmind = makeZip([{ name: 'content.json', data: new TextEncoder().encode(content) }]);
    await expect(readMapInput('deep.xmind', xmind)).rejects.toMatchObject({ key: 'files.error.tooDeep.map' });
  });

  it(`a picture (.svg, .png, .html) of more than ${MAX_DRAWN_TOPICS} topics is refused with the limit; .xmind/.md still export`, async () => {
    const root: MindNode = { title: 'big', children: Array.from({ length: MAX_DRAWN_TOPICS }, (_, i) => ({ title: `t${i}`, children: [] })) };
    for (const f of ['svg', 'png', 'html'] as const) {
      await expect(exportMindMap(root, f, env)).rejects.toMatchObject({
        key: 'mindmap.error.tooManyToDraw',
        params: { count: MAX_DRAWN_TOPICS + 1, limit: MAX_DRAWN_TOPICS },
      });
    }
    expect(String(await exportMindMap(root, 'md', env)).length).toBeGreaterThan(0);
  });
});

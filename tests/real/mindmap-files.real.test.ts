// Real input: .xmind files made by XMind 8 and XMind Zen/2026, and OPML feed lists exported by a reader app
// (tests/fixtures/real/SOURCES.md). What XMind users put in maps must survive, or be named.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { countNodes, exportMindMap, fromOpml, lostInFormat, readMapInput, readXmind, toOpml, toXmind, type MindNode } from '../../src/mindmap';
import { runCli } from '../unit/cli/run-cli';

const fixture = (p: string) => new Uint8Array(readFileSync(new URL(`../fixtures/real/${p}`, import.meta.url)));
const find = (root: MindNode, title: string): MindNode | undefined => {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop() as MindNode;
    if (n.title === title) return n;
    stack.push(...n.children, ...(n.floating ?? []), ...(n.callouts ?? []), ...(n.summaries ?? []).map((s) => s.topic));
  }
  return undefined;
};
const env = { layoutToPng: async () => new Uint8Array(), htmlAssets: async () => ({ d3: '', markmapView: '' }) };

describe('XMind 8 (content.xml) is read, not refused', () => {
  const bytes = fixture('xmind/xmind8-features.xmind');

  it('every sheet, every topic: the topic count equals the <topic> elements XMind wrote', async () => {
    const book = await readXmind(bytes);
    const xml = await (await JSZip.loadAsync(bytes)).file('content.xml')?.async('string');
    const topics = (xml?.match(/<topic[\s>]/g) ?? []).length;
    expect(book.sheets.map((s) => s.title)).toEqual(['Sheet 1', 'Sheet 2']);
    expect(book.sheets.reduce((n, s) => n + countNodes(s.root), 0)).toBe(topics);
  });

  it('keeps notes, labels, markers, links, the picture, the summary, the floating topic and the relationship', async () => {
    const { sheets, warnings } = await readXmind(bytes);
    const root = sheets[0].root;
    expect(root.markers).toEqual(['star-orange']);
    expect(find(root, 'note2')?.note).toBe('line1\nline2');
    expect(find(root, 'label')?.labels).toEqual(['this is a label']);
    expect(root.children.find((c) => c.title === 'b')?.markers).toEqual(['task-done', 'flag-red', 'people-red', 'arrow-up']);
    expect(find(root, 'to url')?.href).toBe('http://test.com');
    const zip = await JSZip.loadAsync(bytes);
    const png = await zip.file('attachments/5mfgt4esig6h76mf72a10ctblj.png')?.async('uint8array');
    const pic = find(root, 'pic')?.children[0];
    expect(pic?.image?.data).toEqual(png);
    expect(pic?.image).toMatchObject({ width: 74, height: 70 });
    expect(root.children.find((c) => c.title === 'c')?.summaries).toMatchObject([{ start: 0, end: 2, topic: { title: 'aaa' } }]);
    expect(root.floating?.map((f) => [f.title, f.children.map((c) => c.title)])).toEqual([['floating test', ['a', 'b', 'c']]]);
    expect(root.relationships).toHaveLength(1);
    // The relationship's ends and internal link targets keep their ids; nothing else carries one.
    const ids = new Set<string>();
    const walk = (n: MindNode) => {
      if (n.id) ids.add(n.id);
      [...n.children, ...(n.floating ?? []), ...(n.summaries ?? []).map((s) => s.topic)].forEach(walk);
    };
    walk(root);
    expect(ids.has(root.relationships?.[0].from as string)).toBe(true);
    expect(ids.has(root.relationships?.[0].to as string)).toBe(true);
    // What no map keeps is named: the 5 comments and the attached test.txt.
    expect(warnings.map((w) => w.key)).toEqual(expect.arrayContaining(['mindmap.xmind.comments', 'mindmap.xmind.attachment']));
    expect(warnings.find((w) => w.key === 'mindmap.xmind.comments')?.params).toEqual({ count: 5 });
  });

  it('written back as .xmind (2020+ format) with both sheets, it reads back the same', async () => {
    const { sheets } = await readXmind(bytes);
    const out = await toXmind(sheets[0].root, sheets.slice(1));
    const again = await readXmind(out);
    expect(again.sheets.map((s) => s.root)).toEqual(sheets.map((s) => s.root));
    const names = Object.keys((await JSZip.loadAsync(out)).files);
    expect(names).toContain('resources/5mfgt4esig6h76mf72a10ctblj.png');
  });
});

describe('XMind Zen and XMind 2026 (content.json)', () => {
  it('Zen: notes, labels, markers, links, callouts, pictures and the floating topic; every sheet counted', async () => {
    const bytes = fixture('xmind/xmind-zen-features.xmind');
    const json = JSON.parse((await (await JSZip.loadAsync(bytes)).file('content.json')?.async('string')) ?? '[]') as unknown[];
    const count = (t: { children?: Record<string, unknown[]> }): number =>
      1 +
      Object.values(t.children ?? {})
        .flat()
        .reduce<number>((n, c) => n + count(c as never), 0);
    const { sheets } = await readXmind(bytes);
    expect(sheets.map((s) => countNodes(s.root))).toEqual(json.map((s) => count((s as { rootTopic: never }).rootTopic)));
    const root = sheets[0].root;
    expect(find(root, 'note topic')?.note).toBe('note info\nnew line of note');
    expect(find(root, 'label topic')?.labels).toEqual(['great']);
    expect(find(root, 'link topic')?.href).toBe('http://www.link.com');
    expect(find(root, 'makers topic')?.markers).toEqual(['priority-2', 'smiley-smile', 'task-oct', 'flag-orange']);
    expect(find(root, 'callout topic')?.callouts?.map((c) => c.title)).toEqual(['Callout']);
    expect(find(root, 'image topic')?.image?.name).toMatch(/\.png$/);
    expect(root.floating?.[0].children).toHaveLength(3);
  });

  it('a map written to .md keeps every topic and names what .md cannot hold', async () => {
    const { root } = await readMapInput('xmind-2026.xmind', fixture('xmind/xmind-2026.xmind'));
    const md = String(await exportMindMap(root, 'md', env));
    const lost = lostInFormat(root, 'md').map((m) => m.key);
    expect(lost).toEqual(
      expect.arrayContaining([
        'mindmap.lost.floating',
        'mindmap.lost.summaries',
        'mindmap.lost.relationships',
        'mindmap.lost.labels',
        'mindmap.lost.markers',
        'mindmap.lost.images',
      ]),
    );
    // Floating and summary topics are in the Markdown as topics, not dropped.
    for (const f of root.floating ?? []) expect(md).toContain(f.title);
    expect(lostInFormat(root, 'xmind')).toEqual([]);
  });

  it('the CLI says how many topics it wrote, every sheet included, and what .md does not keep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xmind-real-'));
    const input = new URL('../fixtures/real/xmind/xmind8-features.xmind', import.meta.url).pathname;
    const toXmindRun = await runCli(['mindmap', input, '-o', join(dir, 'out.xmind')]);
    expect(toXmindRun.status).toBe(0);
    expect(toXmindRun.stdout).toMatch(/\(46 topics\)/);
    const toMd = await runCli(['mindmap', input, '-o', join(dir, 'out.md')]);
    expect(toMd.status).toBe(0);
    expect(toMd.stderr).toMatch(/2 sheets .*this map is “Sheet 1”/);
    expect(toMd.stderr).toMatch(/floating topics \(“floating test”\)/);
    const sheet2 = await runCli(['mindmap', input, '--sheet', '2', '-o', join(dir, 's2.md')]);
    expect(readFileSync(join(dir, 's2.md'), 'utf8')).toMatch(/^# test2/);
    expect(sheet2.stdout).toMatch(/\(6 topics\)/);
    const bad = await runCli(['mindmap', input, '--sheet', 'Nope', '-o', join(dir, 'x.md')]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/no sheet “Nope”. Its sheets are: “Sheet 1”, “Sheet 2”/);
  });
});

describe('OPML feed lists keep their links', () => {
  it('every feed keeps xmlUrl, type and description (one has unescaped HTML in it), and is a link in .md', async () => {
    const xml = new TextDecoder().decode(fixture('opml/plenary-programming.opml'));
    const feeds = (xml.match(/xmlUrl="/g) ?? []).length;
    const root = fromOpml(xml);
    const links: MindNode[] = [];
    const walk = (n: MindNode) => {
      if (n.href) links.push(n);
      n.children.forEach(walk);
    };
    walk(root);
    expect(links).toHaveLength(feeds);
    expect(links[0].attributes).toMatchObject({ type: 'rss', xmlUrl: 'https://medium.com/feed/better-programming' });
    // Written back to OPML, the attributes are there as the app wrote them.
    const back = toOpml(root);
    expect((back.match(/xmlUrl="/g) ?? []).length).toBe(feeds);
    expect(fromOpml(back)).toEqual(root);
    const md = String(await exportMindMap(root, 'md', env));
    expect(md).toContain('[Coding Horror](<https://feeds.feedburner.com/codinghorror>)');
  });

  it('Chinese feed titles and descriptions survive', () => {
    const root = fromOpml(new TextDecoder().decode(fixture('opml/plenary-hong-kong.opml')));
    const hket = root.children.find((c) => c.title.includes('香港經濟日報'));
    expect(hket?.href).toBe('https://www.hket.com/rss/hongkong');
    expect(hket?.attributes?.description).toContain('訂閱新聞RSS');
  });
});

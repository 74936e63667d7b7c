import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { RootTopic, Topic, Workbook } from 'xmind-generator';
import { fromXmind, toXmind, type MindNode } from '../../../src/mindmap';
import { bigTree } from './fixtures';

interface Topic {
  id: string;
  class?: string;
  title: string;
  notes?: { plain: { content: string } };
  children?: { attached: Topic[] };
}

async function contentOf(bytes: Uint8Array | ArrayBuffer): Promise<{ zip: JSZip; sheets: { id: string; class: string; title: string; rootTopic: Topic }[] }> {
  const zip = await JSZip.loadAsync(bytes);
  return { zip, sheets: JSON.parse(await zip.file('content.json')!.async('string')) };
}

/** The JSON shape with ids blanked, for comparing writers. */
function shape(t: Topic): unknown {
  return { ...t, id: typeof t.id, children: t.children ? { attached: t.children.attached.map(shape) } : undefined };
}

describe('.xmind export', () => {
  it('writes content.json, metadata.json and manifest.json in the XMind 2020+ structure', async () => {
    const { zip, sheets } = await contentOf(await toXmind(bigTree(50)));
    expect(Object.keys(zip.files).sort()).toEqual(['content.json', 'manifest.json', 'metadata.json']);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toEqual({ 'file-entries': { 'content.json': {}, 'metadata.json': {} } });
    expect(JSON.parse(await zip.file('metadata.json')!.async('string')).dataStructureVersion).toBe('2');
    expect(Array.isArray(sheets)).toBe(true);
    expect(sheets[0]).toMatchObject({ class: 'sheet', title: '年度计划 Annual plan' });
    const root = sheets[0].rootTopic;
    expect(root).toMatchObject({ class: 'topic', title: '年度计划 Annual plan', notes: { plain: { content: '中心主题的备注\n' } } });
    expect(root.children!.attached.map((t) => t.title)).toEqual(['深层分支 Deep branch', '并列主题 Siblings', '混合 Mixed']);
    expect(root.children!.attached[1].children!.attached).toHaveLength(50);
    const ids: string[] = [sheets[0].id];
    const walk = (t: Topic) => {
      ids.push(t.id);
      t.children?.attached.forEach(walk);
    };
    walk(root);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('matches what XMind’s own xmind-generator writes for the same map', async () => {
    const tree: MindNode = {
      title: '中心',
      note: '备注',
      children: [
        { title: 'A', children: [{ title: 'A1', note: 'n', children: [] }] },
        { title: 'B', children: [] },
      ],
    };
    const official = await Workbook(
      RootTopic('中心')
        .note('备注')
        .children([Topic('A').children([Topic('A1').note('n')]), Topic('B')]),
    ).archive();
    const ours = (await contentOf(await toXmind(tree))).sheets[0].rootTopic;
    const theirs = (await contentOf(official)).sheets[0].rootTopic;
    expect(shape(ours)).toEqual(shape(theirs));
  });

  it('reads notes XMind writes as rich text only', async () => {
    const zip = new JSZip();
    zip.file(
      'content.json',
      JSON.stringify([
        {
          id: 's',
          rootTopic: {
            id: 'r',
            title: 'R',
            notes: { html: { content: { paragraphs: [{ spans: [{ text: 'one ' }, { text: 'two' }] }, { spans: [{ text: '三' }] }] } } },
            children: { attached: [{ id: 'a', title: 'A' }], detached: [{ id: 'd', title: 'floating' }] },
          },
        },
      ]),
    );
    const back = await fromXmind(await zip.generateAsync({ type: 'uint8array' }));
    // The floating topic is kept as floating (before: silently dropped).
    expect(back).toEqual({ title: 'R', note: 'one two\n三', children: [{ title: 'A', children: [] }], floating: [{ title: 'floating', children: [] }] });
  });

  it('says what is wrong with files it cannot read', async () => {
    await expect(fromXmind(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({ key: 'mindmap.error.xmind.notZip' });
    // An XMind 8 content.xml with no sheet holds no map; one that is not XMind's XML is damaged.
    const legacy = new JSZip();
    legacy.file('content.xml', '<xmap-content/>');
    await expect(fromXmind(await legacy.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ key: 'mindmap.error.xmind.badJson' });
    const other = new JSZip();
    other.file('content.xml', '<html><body>hi</body></html>');
    await expect(fromXmind(await other.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ key: 'mindmap.error.xmind.badJson' });
    await expect(fromXmind(await new JSZip().file('x.txt', 'x').generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      key: 'mindmap.error.xmind.noContent',
    });
  });
});

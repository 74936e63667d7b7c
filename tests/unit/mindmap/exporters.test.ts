import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { translate, type Locale, type MessageKey } from '../../../src/locales';
import {
  countNodes,
  exportMindMap,
  formatFromFileName,
  lostInFormat,
  mapFileName,
  MIND_EXPORTERS,
  MIND_EXTRAS,
  MIND_FORMATS,
  MIND_MIME,
  mindTreeFromMarkdown,
  readMapInput,
  toMindMarkdown,
  type MindFormat,
  type MindNode,
} from '../../../src/mindmap';
import { readHtmlAssets } from '../../../src/mindmap/html-assets-node';
import { layoutToPng } from '../../../src/mindmap/render-png-node';
import { registerMindmap } from '../../../src/cli/commands/mindmap';
import { mindExporter } from '../../../src/mindmap/exporters';

// One test for the whole exporter table: every entry is reachable from the CLI's -o, labelled in the
// pane in both languages, named and typed for a download, warns about exactly what it cannot hold and
// writes a file of its kind. A new entry fails here until it has its line in WRITTEN below.

/** What each format's bytes must look like, and (where we read the format) the map read back from them. */
const WRITTEN: Record<MindFormat, { starts: RegExp; readsBack: boolean }> = {
  xmind: { starts: /^PK/, readsBack: true },
  md: { starts: /^# 计划 Plan\n/, readsBack: true },
  opml: { starts: /^<\?xml[^>]*>\s*<opml/, readsBack: true },
  svg: { starts: /^<svg /, readsBack: false },
  png: { starts: /^\x89PNG/, readsBack: false },
  html: { starts: /^<!doctype html>/i, readsBack: false },
};

/** A map holding every extra an XMind user can add. */
const rich = (): MindNode => ({
  title: '计划 Plan',
  id: 'root',
  children: [
    { title: 'A', id: 'a', href: 'https://example.com/a', labels: ['urgent'], markers: ['priority-1'], children: [{ title: 'A1', children: [] }] },
    {
      title: 'B',
      id: 'b',
      image: { name: 'b.png', data: new Uint8Array([137, 80, 78, 71]) },
      children: [{ title: 'B1', children: [] }],
      summaries: [{ start: 0, end: 0, topic: { title: 'Sum', children: [] } }],
      callouts: [{ title: 'Call', children: [] }],
    },
  ],
  floating: [{ title: 'Float', children: [] }],
  relationships: [{ from: 'a', to: 'b', title: 'rel' }],
});

const env = {
  layoutToPng: layoutToPng,
  htmlAssets: async () => readHtmlAssets(),
  lang: 'en-US',
};

const text = (out: string | Uint8Array) => (typeof out === 'string' ? out : new TextDecoder('latin1').decode(out.subarray(0, 200)));

describe('the mind-map exporter table', () => {
  it('lists each format once, with ids, extensions and MIME types that do not clash', () => {
    const ids = MIND_EXPORTERS.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(MIND_FORMATS).toEqual(ids);
    const exts = MIND_EXPORTERS.flatMap((x) => [...x.extensions]);
    expect(new Set(exts).size).toBe(exts.length);
    expect(Object.keys(WRITTEN).sort()).toEqual([...ids].sort());
    for (const x of MIND_EXPORTERS) expect(MIND_MIME[x.id]).toBe(x.mime);
  });

  for (const x of MIND_EXPORTERS) {
    describe(`${x.id}`, () => {
      it(`is chosen by -o with ${x.extensions.map((e) => `.${e}`).join(' or ')} (any case), and a download is named .${x.extensions[0]}`, () => {
        for (const e of x.extensions) {
          expect(formatFromFileName(`out/map.${e}`)).toBe(x.id);
          expect(formatFromFileName(`MAP.${e.toUpperCase()}`)).toBe(x.id);
        }
        expect(mapFileName({ title: 'Q3: plan/review', children: [] }, x.id)).toBe(`Q3 plan review.${x.extensions[0]}`);
      });

      it('has a button label in both languages and is named in the CLI help', () => {
        for (const locale of ['en-US', 'zh-CN'] as Locale[]) expect(translate(locale, x.labelKey)).not.toBe(x.labelKey);
        const program = new Command();
        registerMindmap(program);
        const help = program.commands[0]!.helpInformation();
        expect(help).toContain(`.${x.extensions[0]}`);
      });

      it(`warns, by topic name, about exactly what it cannot hold (${x.loses.join(', ') || 'nothing'})`, () => {
        const lost = lostInFormat(rich(), x.id);
        expect(lost.map((m) => m.key)).toEqual(MIND_EXTRAS.filter((e) => (x.loses as readonly string[]).includes(e)).map((e) => `mindmap.lost.${e}`));
        for (const m of lost) {
          for (const locale of ['en-US', 'zh-CN'] as Locale[]) {
            const sentence = translate(locale, m.key, m.params);
            expect(sentence).not.toMatch(/\{\w+\}/);
            expect(sentence).toContain(`.${x.extensions[0]}`);
            // It says where the thing is kept, and that place is a format of this table that does not lose it.
            const keptBy = String(m.params?.keptBy);
            expect(keptBy.length).toBeGreaterThan(0);
            expect(sentence).toContain(keptBy);
          }
        }
        if (lost.some((m) => m.key === 'mindmap.lost.labels')) expect(String(lost.find((m) => m.key === 'mindmap.lost.labels')!.params?.names)).toContain('A');
      });

      it('writes a file of its kind that keeps every topic (moved extras included)', { timeout: 30_000 }, async () => {
        const out = await exportMindMap(rich(), x.id, env);
        expect(text(out)).toMatch(WRITTEN[x.id].starts);
        if (WRITTEN[x.id].readsBack) {
          const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
          const back = await readMapInput(`map.${x.extensions[0]}`, bytes);
          expect(countNodes(back.root)).toBe(countNodes(rich()));
        }
      });
    });
  }

  it('a topic that is one web link keeps it through Markdown, and only the picture formats say they drop it', () => {
    // The pane exports the tree of its Markdown editor: a link written there (or by toMindMarkdown from an
    // .xmind) stays a link in .xmind, .md and .opml, and a picture's "not kept" warning names the topic.
    const typed = '# Plan\n\n- [Site](https://example.com)\n- plain ![logo](a.png) text\n';
    for (const md of [typed, toMindMarkdown(rich())]) {
      const { root } = mindTreeFromMarkdown(md);
      const linked = root.children
        .flatMap(function all(n): MindNode[] {
          return [n, ...n.children.flatMap(all)];
        })
        .filter((n) => n.href);
      expect(linked.length).toBeGreaterThan(0);
      for (const f of MIND_FORMATS) {
        const lost = lostInFormat(root, f).map((m) => m.key);
        expect(lost, f).toEqual(mindExporter(f).picture ? ['mindmap.lost.links'] : []);
      }
    }
    expect(mindTreeFromMarkdown(typed).root.children[0]).toMatchObject({ title: 'Site', href: 'https://example.com' });
    // Not a link: text around it, or a scheme that is not the web's.
    expect(mindTreeFromMarkdown(typed).root.children[1].href).toBeUndefined();
    expect(mindTreeFromMarkdown('# A\n\n- [x](javascript:alert(1))\n').root.children[0].href).toBeUndefined();
  });

  it('refuses any other extension with a sentence that lists every format of the table', () => {
    let err: unknown;
    try {
      formatFromFileName('map.pdf');
    } catch (e) {
      err = e;
    }
    const e = err as { key: MessageKey; params: Record<string, string> };
    expect(e.key).toBe('mindmap.error.format');
    const sentence = translate('en-US', e.key, e.params);
    for (const x of MIND_EXPORTERS) expect(sentence).toContain(`.${x.extensions[0]}`);
  });
});

import { OfficeMockObject } from 'office-addin-mock';

/**
 * A small Word document behind office-addin-mock: the mock checks load/sync discipline on the context,
 * document and body; paragraphs, search hits and insertions act on a plain array of paragraph texts so
 * the tests can look at the document afterwards.
 */
export interface FakeParagraph {
  text: string;
  styleBuiltIn?: string;
  style?: string;
  isListItem?: boolean;
  level?: number;
  listString?: string;
  tableNestingLevel?: number;
  bold?: boolean | null;
  italic?: boolean | null;
  html?: string;
}

export interface Revision {
  paragraph: number;
  original: string;
  replacement: string;
  tracked: boolean;
}

export interface FakeWord {
  doc: FakeParagraph[];
  revisions: Revision[];
  htmlInserts: { html: string; location: string; at: number }[];
  /** Indexes of the selected paragraphs. */
  selection: number[];
  mock: OfficeMockObject;
  state: { trackingMode: string };
}

function paragraphItem(p: FakeParagraph) {
  return {
    ...p,
    font: { bold: p.bold === undefined ? false : p.bold, italic: p.italic === undefined ? false : p.italic, load() {} },
    listItemOrNullObject: { isNullObject: !p.isListItem, level: p.level ?? 0, listString: p.listString ?? '•', load() {} },
    getHtml: () => ({ value: p.html ?? `<p>${p.text}</p>` }),
    load() {},
  };
}

export function fakeWord(paragraphs: FakeParagraph[], opts: { tables?: string[][][]; selection?: number[]; selectionText?: string } = {}): FakeWord {
  const fw: FakeWord = { doc: paragraphs.map((p) => ({ ...p })), revisions: [], htmlInserts: [], selection: opts.selection ?? [], mock: undefined as unknown as OfficeMockObject, state: { trackingMode: 'Off' } };

  interface FakeRange {
    paragraph: number;
    offset: number;
    length: number;
    readonly text: string;
    load(): void;
    paragraphs: { getFirst(): { text: string; load(): void } };
    insertText(t: string, loc: string): void;
    search(needle: string): { items: FakeRange[]; load(): void };
    getRange(where: string): { expandTo(): FakeRange };
    expandTo(other: { offset: number; length: number }): FakeRange;
  }
  const rangeAt = (paragraph: number, offset: number, length: number): FakeRange => {
    const range = {
      paragraph,
      offset,
      length,
      get text() {
        return fw.doc[paragraph]?.text.slice(offset, offset + length) ?? '';
      },
      load() {},
      paragraphs: { getFirst: () => ({ text: fw.doc[paragraph]?.text ?? '', load() {} }) },
      insertText(t: string, loc: string) {
        if (loc !== 'Replace') throw new Error('only Replace is modelled');
        const p = fw.doc[paragraph];
        if (!p) throw new Error('no paragraph');
        fw.revisions.push({ paragraph, original: p.text.slice(offset, offset + length), replacement: t, tracked: fw.state.trackingMode !== 'Off' });
        p.text = p.text.slice(0, offset) + t + p.text.slice(offset + length);
      },
      search(needle: string) {
        return hitsIn(needle, paragraph, offset, offset + length);
      },
      // Ranges are modelled within one paragraph, which is all the long-original case needs.
      getRange: (where: string) => {
        const from = where === 'Start' ? offset : offset + length;
        return { expandTo: () => rangeAt(paragraph, from, (fw.doc[paragraph]?.text.length ?? 0) - from) };
      },
      expandTo: (other: { offset: number; length: number }) => rangeAt(paragraph, offset, other.offset + other.length - offset),
    };
    return range;
  };

  const hitsIn = (needle: string, only?: number, from = 0, to = Infinity): { items: FakeRange[]; load(): void } => {
    if (needle.length > 255) throw new Error('SearchStringInvalidOrTooLong');
    const plain = needle.replace(/\^([\^p])/g, (_m, c: string) => (c === 'p' ? '\n' : '^'));
    const items: FakeRange[] = [];
    fw.doc.forEach((p, i) => {
      if (only !== undefined && i !== only) return;
      for (let at = p.text.indexOf(plain, from); at >= 0 && at + plain.length <= Math.min(to, p.text.length); at = p.text.indexOf(plain, at + plain.length)) items.push(rangeAt(i, at, plain.length));
    });
    return { items, load() {} };
  };

  const insertedParagraphs = { items: [] as ReturnType<typeof paragraphItem>[] };
  const insertHtml = (at: number, replaced: number) => (html: string, location: string) => {
    fw.htmlInserts.push({ html, location, at });
    // Word turns each block element into paragraphs; headings carry their built-in style.
    const blocks = [...html.matchAll(/<(h([1-6])|p|li)>(.*?)<\/(?:h[1-6]|p|li)>|<li>([^<]*)/g)].map((m) => ({
      text: (m[3] ?? m[4] ?? '').replace(/<[^>]+>/g, ''),
      styleBuiltIn: m[2] ? `Heading${m[2]}` : 'Normal',
    }));
    fw.doc.splice(at, replaced, ...blocks);
    insertedParagraphs.items = blocks.map(paragraphItem);
    return { paragraphs: { items: insertedParagraphs.items, load() {} }, select() {} };
  };

  const selected = () => fw.selection.map((i) => fw.doc[i]).filter((p): p is FakeParagraph => !!p);
  const data = {
    host: 'word',
    context: {
      document: {
        changeTrackingMode: 'Off',
        body: {
          text: fw.doc.map((p) => p.text).join('\r'),
          paragraphs: { items: fw.doc.map(paragraphItem) },
          tables: { items: (opts.tables ?? []).map((values) => ({ values, nestingLevel: 1 })) },
          insertParagraph: (t: string, loc: string) => {
            if (loc !== 'End') throw new Error('only End is modelled');
            fw.doc.push({ text: t });
            return { insertHtml: insertHtml(fw.doc.length - 1, 1) };
          },
          search: (needle: string) => hitsIn(needle),
          getRange: () => ({}),
        },
        selection: {
          text: opts.selectionText ?? selected().map((p) => p.text).join('\r'),
          paragraphs: {
            items: selected().map(paragraphItem),
            getLast: () => ({
              insertParagraph: (t: string, loc: string) => {
                if (loc !== 'After') throw new Error('only After is modelled');
                const at = (fw.selection.at(-1) ?? -1) + 1;
                fw.doc.splice(at, 0, { text: t });
                return { insertHtml: insertHtml(at, 1) };
              },
            }),
          },
          tables: { items: [] },
          insertHtml: (html: string, loc: string) => insertHtml(fw.selection[0] ?? 0, loc === 'Replace' ? fw.selection.length : 0)(html, loc),
          insertText: () => undefined,
        },
        getSelection(this: { selection: unknown }) {
          return this.selection;
        },
      },
    },
    run: async function (this: { context: unknown }, cb: (c: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  };
  const mock = new OfficeMockObject(data);
  // The document's tracking mode is read and written by the adapter; mirror it into the fake's state.
  const docMock = (mock as unknown as { context: { document: Record<string, unknown> } }).context.document;
  let mode = 'Off';
  Object.defineProperty(docMock, 'changeTrackingMode', {
    get: () => mode,
    set: (v: string) => {
      mode = v;
      fw.state.trackingMode = v;
    },
  });
  docMock.load = () => docMock;
  fw.mock = mock;
  return fw;
}

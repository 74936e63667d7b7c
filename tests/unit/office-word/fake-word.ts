import { OfficeMockObject } from 'office-addin-mock';
import '../../support/office-double/word-document.js';

/**
 * A Word document for adapter tests: office-addin-mock checks load/sync discipline on the context and the
 * document; the body, the selection and everything inserted are the e2e double's document model
 * (tests/support/office-double/word-document.js), so unit tests and e2e tests hold the writer to the
 * same Word: paragraphs, lists, tables, content controls, runs, load-before-read, counted syncs.
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

export interface TreeRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  font?: string;
  href?: string;
}

/** An inline picture as the model records it (png: the data starts with PNG's signature). */
export interface TreePicture {
  png: boolean;
  width: number;
  height: number;
  lockAspectRatio: boolean;
  altTextTitle: string;
  altTextDescription: string;
}

/** The document as the model records it: what tests assert on. */
export type TreeNode =
  | {
      type: 'paragraph';
      style: string;
      text: string;
      runs?: TreeRun[];
      contentControls?: { tag: string; title: string; text: string }[];
      alignment?: string;
      pictures?: TreePicture[];
    }
  | { type: 'listItem'; style: string; text: string; level: number; kind: 'bullet' | 'number'; list: number; runs?: TreeRun[] }
  | {
      type: 'table';
      style: string;
      headerRowCount: number;
      rows: string[][];
      headerShading?: string;
      headerBold: boolean;
      cellRuns: (TreeRun[] | undefined)[][];
      widths: (number | null)[];
      width: number;
    }
  | { type: 'contentControl'; tag: string; title: string; appearance: string; children: TreeNode[] };

interface WordModel {
  doc: { paragraphs: FakeParagraph[]; syncs: number; calls: number; revisions: unknown[]; contentControls: unknown[] };
  log: { call: string; [k: string]: unknown }[];
  sync(): Promise<void>;
  body(): unknown;
  selection(): unknown;
  setSelection(indexes: number[]): void;
  tree(): TreeNode[];
  paragraphProxy(p: FakeParagraph): unknown;
  replaceText(p: FakeParagraph, from: number, to: number, text: string): void;
}

type SearchHook = (needle: string, paragraphs: FakeParagraph[], from?: number, to?: number) => unknown;
const createWordDocument = (
  globalThis as unknown as {
    __dsplusWordDocument: { createWordDocument(state: unknown, opts: { log?: unknown[]; DOMParser?: unknown; search?: SearchHook }): WordModel };
  }
).__dsplusWordDocument.createWordDocument;

export interface FakeWord {
  /** The document's paragraphs, in order (the model's own array). */
  doc: FakeParagraph[];
  revisions: Revision[];
  /** Every call the model logged (insertHtml, insertTable, insertContentControl, select…). */
  log: { call: string; [k: string]: unknown }[];
  mock: OfficeMockObject;
  state: { trackingMode: string };
  model: WordModel;
  tree(): TreeNode[];
  /** context.sync() calls so far. */
  readonly syncs: number;
  /** Word API calls (methods and property sets) queued so far. */
  readonly calls: number;
}

export function fakeWord(paragraphs: FakeParagraph[], opts: { tables?: string[][][]; selection?: number[]; selectionText?: string } = {}): FakeWord {
  const revisions: Revision[] = [];
  const state = { trackingMode: 'Off' };
  const log: FakeWord['log'] = [];
  const model = createWordDocument(
    { paragraphs: paragraphs.map((p) => ({ ...p })), tables: opts.tables, selection: opts.selection ?? [0], selectionText: opts.selectionText },
    // Word's HTML import needs a DOMParser: tests of the HTML fallback run under the jsdom environment.
    { log, DOMParser: (globalThis as { DOMParser?: unknown }).DOMParser, search: (needle, ps, from, to) => hitsIn(needle, ps, from, to) },
  );
  const doc = model.doc.paragraphs;

  interface FakeRange {
    p: FakeParagraph;
    offset: number;
    length: number;
    readonly text: string;
    load(): void;
    paragraphs: { getFirst(): unknown };
    insertText(t: string, loc: string): void;
    search(needle: string): { items: FakeRange[]; load(): void };
    getRange(where: string): { expandTo(): FakeRange };
    expandTo(other: { offset: number; length: number }): FakeRange;
  }
  // Search hits, as proofreading uses them: ranges inside one paragraph (all the long-original case needs).
  const rangeAt = (p: FakeParagraph, offset: number, length: number): FakeRange => ({
    p,
    offset,
    length,
    get text() {
      return p.text.slice(offset, offset + length);
    },
    load() {},
    paragraphs: { getFirst: () => model.paragraphProxy(p) },
    insertText(t: string, loc: string) {
      if (loc !== 'Replace') throw new Error('only Replace is modelled');
      revisions.push({ paragraph: doc.indexOf(p), original: p.text.slice(offset, offset + length), replacement: t, tracked: state.trackingMode !== 'Off' });
      model.replaceText(p, offset, offset + length, t);
    },
    search(needle: string) {
      return hitsIn(needle, [p], offset, offset + length);
    },
    getRange: (where: string) => {
      const from = where === 'Start' ? offset : offset + length;
      return { expandTo: () => rangeAt(p, from, p.text.length - from) };
    },
    expandTo: (other: { offset: number; length: number }) => rangeAt(p, offset, other.offset + other.length - offset),
  });

  const hitsIn = (needle: string, ps: FakeParagraph[], from = 0, to = Infinity): { items: FakeRange[]; load(): void } => {
    if (needle.length > 255) throw new Error('SearchStringInvalidOrTooLong');
    const plain = needle.replace(/\^([\^p])/g, (_m, c: string) => (c === 'p' ? '\n' : '^'));
    const items: FakeRange[] = [];
    for (const p of ps) {
      for (let at = p.text.indexOf(plain, from); at >= 0 && at + plain.length <= Math.min(to, p.text.length); at = p.text.indexOf(plain, at + plain.length))
        items.push(rangeAt(p, at, plain.length));
    }
    return { items, load() {} };
  };

  const mock = new OfficeMockObject({
    host: 'word',
    context: { document: { changeTrackingMode: 'Off' } },
    run: async function (this: { context: unknown }, cb: (c: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  });
  const context = (mock as unknown as { context: { document: Record<string, unknown>; sync(): Promise<void> } }).context;
  const docMock = context.document;
  // The document's tracking mode is read and written by the adapter; mirror it into the fake's state.
  let mode = 'Off';
  Object.defineProperty(docMock, 'changeTrackingMode', {
    get: () => mode,
    set: (v: string) => {
      mode = v;
      state.trackingMode = v;
    },
  });
  docMock.load = () => docMock;
  Object.defineProperty(docMock, 'body', { get: () => model.body() });
  docMock.getSelection = () => model.selection();
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    await mockSync();
    await model.sync();
  };
  return {
    doc,
    revisions,
    log,
    mock,
    state,
    model,
    tree: () => model.tree(),
    get syncs() {
      return model.doc.syncs;
    },
    get calls() {
      return model.doc.calls;
    },
  };
}

// The one Markdown document tree every feature reads: slides and mind maps through their adapters, Word
// writers, minutes and proofreading. Plain data built from markdown-it tokens (src/markdown/parse.ts);
// raw HTML never survives into it — an <img> becomes an image, <br> a break, any other tag its text.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'del'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'image'; src: string; alt: string }
  /** `soft` is a line break in the source (read as a space, or nothing between CJK); otherwise `<br>` or two trailing spaces. */
  | { type: 'break'; soft: boolean };

export type Align = 'left' | 'center' | 'right' | null;

export interface ListItem {
  /** The item's first paragraph (or heading) as written on the marker line. */
  content: Inline[];
  /** Everything after it inside the item: nested lists, further paragraphs, code, tables. */
  blocks: Block[];
}

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; align: Align[]; header: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'quote'; children: Block[] }
  /** A paragraph that holds only a picture (Markdown `![]()` or HTML `<img>`). */
  | { type: 'image'; src: string; alt: string }
  /**
   * A paragraph starting `Notes:` / `备注：` / `讲稿：` …: speaker notes or a topic's note. `children` is the
   * text after the label; `label` is the label as typed (`备注：`), for writers that print it (Word).
   */
  | { type: 'notes'; label: string; children: Inline[] }
  | { type: 'rule' };

export interface MdDocument {
  /** `title:` from YAML front matter, when there is one. */
  title?: string;
  blocks: Block[];
}

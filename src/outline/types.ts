// The one tree shared by the slide and mind-map renderers. Plain data only: no positions, no heading
// levels (depth is the position in the tree, so a heading that skipped a level serializes normalised).

export interface ListItem {
  text: string;
  /** `1.` rather than `-` in the source; kept so a round trip does not renumber or un-number a list. */
  ordered: boolean;
  children: ListItem[];
}

export type OutlineBlock =
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'code'; lang: string; code: string }
  /** A ```mermaid block: a diagram the slides draw as native shapes (src/diagram). */
  | { kind: 'diagram'; source: string }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'quote'; text: string };

export interface OutlineNode {
  title: string;
  /** Content under the heading, in source order. */
  blocks: OutlineBlock[];
  /** Paragraphs that started `Notes:` / `备注：`, without the label. */
  notes: string[];
  children: OutlineNode[];
}

/** `root` is the `#` heading (deck or map title); its children are the `##` sections. */
export interface Outline {
  root: OutlineNode;
}

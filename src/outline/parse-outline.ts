import type { WithWarnings } from '../llm/types';
import { translate, type Locale } from '../locales';
import { cleanModelOutput } from './clean-model-output';
import { OutlineStructureError } from './errors';
import { parseBlocks, type ParsedLine } from './parse-blocks';
import type { ListItem, Outline, OutlineBlock, OutlineNode } from './types';

export interface ParseOptions {
  /** Language of the warning sentences. */
  locale?: Locale;
}

const SIGN_OFF =
  /^(希望|以上|如需|如果您|如果你|如有|你可以|您可以|祝|注意：以上|I hope|Hope this|Let me know|Feel free|This outline|Would you like|If you('d| would)? like|Good luck)/i;
const PREAMBLE_INTRO = /[:：]\s*$/;

/**
 * Outline Markdown (or a model's raw answer) → tree. Throws OutlineStructureError when there is nothing
 * to build a deck or a map from; everything it had to guess or drop comes back as warnings.
 */
export function parseOutline(markdown: string, options: ParseOptions = {}): WithWarnings<Outline> {
  const locale = options.locale ?? 'en-US';
  const warnings: string[] = [];
  const warn = (key: string, params?: Record<string, string | number>) => {
    const s = translate(locale, key, params);
    if (!warnings.includes(s)) warnings.push(s);
  };

  const cleaned = cleanModelOutput(markdown);
  if (!cleaned.text.trim()) throw new OutlineStructureError('outline.error.empty');
  const lines = parseBlocks(cleaned.text);

  const headings = lines.filter((l) => l.type === 'heading');
  if (headings.length === 0) return { value: { root: fromListsOnly(lines, warn) }, warnings };

  const virtual: OutlineNode = node('');
  const stack: Array<{ level: number; node: OutlineNode }> = [{ level: 0, node: virtual }];
  const preamble: OutlineBlock[] = [];
  let trailing: { node: OutlineNode; from: number } | null = null;
  let current: OutlineNode | null = null;
  let lastLevel = 0;
  let skipped = false;

  for (const l of lines) {
    if (l.type === 'heading') {
      while (stack[stack.length - 1].level >= l.level) stack.pop();
      if (l.level > stack[stack.length - 1].level + 1 && l.level > lastLevel + 1) skipped = true;
      const n = node(l.text);
      stack[stack.length - 1].node.children.push(n);
      stack.push({ level: l.level, node: n });
      current = n;
      lastLevel = l.level;
      trailing = null;
      continue;
    }
    if (l.type === 'break') {
      if (current) trailing = { node: current, from: current.blocks.length };
      continue;
    }
    if (!current) {
      if (l.type === 'block') preamble.push(l.block);
      continue;
    }
    if (l.type === 'notes') current.notes.push(l.text);
    else current.blocks.push(l.block);
  }
  if (skipped) warn('outline.warn.skippedLevel');

  // Prose after a closing rule (`---` then "Hope this helps") is the model talking, not the outline.
  if (trailing && trailing.node.blocks.slice(trailing.from).every((b) => b.kind === 'paragraph') && trailing.node.blocks.length > trailing.from) {
    trailing.node.blocks.splice(trailing.from);
    warn('outline.warn.trailingProse');
  }
  const last = lastNode(virtual);
  while (last.blocks.length > 0) {
    const b = last.blocks[last.blocks.length - 1];
    if (b.kind !== 'paragraph' || !SIGN_OFF.test(b.text)) break;
    last.blocks.pop();
    warn('outline.warn.trailingProse');
  }

  let root: OutlineNode;
  if (virtual.children.length === 1) {
    root = virtual.children[0];
    if (preamble.length > 0) warn('outline.warn.preamble');
  } else {
    root = virtual;
    const kept = preamble.filter((b) => !(b.kind === 'paragraph' && PREAMBLE_INTRO.test(b.text)));
    if (kept.length < preamble.length) warn('outline.warn.preamble');
    root.blocks.push(...kept);
    warn('outline.warn.noTitle');
  }
  return { value: { root }, warnings };
}

function node(title: string): OutlineNode {
  return { title, blocks: [], notes: [], children: [] };
}

function lastNode(n: OutlineNode): OutlineNode {
  return n.children.length ? lastNode(n.children[n.children.length - 1]) : n;
}

/** No headings: top-level list items become the sections, their sub-items the bullets. */
function fromListsOnly(lines: ParsedLine[], warn: (key: string) => void): OutlineNode {
  const lists = lines.flatMap((l) => (l.type === 'block' && l.block.kind === 'list' ? [l.block] : []));
  if (lists.length === 0) throw new OutlineStructureError('outline.error.noStructure');
  warn('outline.warn.noHeadings');
  const firstPara = lines.find((l) => l.type === 'block' && l.block.kind === 'paragraph');
  const title = firstPara && firstPara.type === 'block' && firstPara.block.kind === 'paragraph' ? firstPara.block.text.replace(PREAMBLE_INTRO, '') : '';
  const root = node(title.length <= 80 ? title : '');
  const notes = lines.flatMap((l) => (l.type === 'notes' ? [l.text] : []));
  const toNode = (item: ListItem): OutlineNode => {
    const n = node(item.text);
    if (item.children.length) n.blocks.push({ kind: 'list', items: item.children });
    return n;
  };
  root.children = lists.flatMap((b) => (b.kind === 'list' ? b.items.map(toNode) : []));
  root.notes = notes;
  return root;
}


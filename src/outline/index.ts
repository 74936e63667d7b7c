export type { Outline, OutlineNode, OutlineBlock, ListItem } from './types';
export { outlineFromMarkdown, toOutline, type OutlineResult } from './from-markdown';
export { serializeOutline } from './serialize-outline';
export { noOutline } from './errors';

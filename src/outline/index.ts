export type { Outline, OutlineNode, OutlineBlock, ListItem } from './types';
export { outlineFromMarkdown, toOutline, type OutlineResult } from './from-markdown';
export { serializeOutline } from './serialize-outline';
export { noOutline } from './errors';
export {
  addNodeAfter,
  bulletsOf,
  editMarkdown,
  keptOf,
  moveNode,
  outlineEntries,
  removeNode,
  renameNode,
  setBullets,
  shiftBullet,
  type Bullet,
  type KeptKind,
  type NodePath,
  type OutlineEntry,
} from './edit-outline';

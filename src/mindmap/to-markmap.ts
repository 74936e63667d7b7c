import type { IPureNode } from 'markmap-common';
import type { MindNode } from './types';
import { escapeHtml } from '../text/entities';
import { BRANCH_COLORS } from './render-svg';

/**
 * markmap-view draws node content as HTML: our plain titles, escaped, so the view shows exactly the
 * tree. A note shows as the topic's tooltip (markmap has no notes of its own).
 */
export function toMarkmapNode(n: MindNode): IPureNode {
  const title = escapeHtml(n.title);
  const content = n.note ? `<span title="${escapeHtml(n.note)}">${title}</span>` : title;
  return { content, children: n.children.map(toMarkmapNode) };
}

/** markmap JSON options shared by the pane's live view and the offline HTML: our branch colours. */
export const MARKMAP_JSON_OPTIONS = {
  color: BRANCH_COLORS,
  colorFreezeLevel: 2,
  maxWidth: 300,
  initialExpandLevel: -1,
  duration: 300,
};

// Badges: the small status pictures READMEs put under their title (build passing, licence MIT, chat on
// Discord) from shields.io and its kind. A deck has no use for them: the outline reader leaves them out and
// says how many.

import type { Block, Inline, MdDocument } from './types';

const BADGE_HOSTS =
  /(?:^|\.)(?:shields\.io|badgen\.net|badge\.fury\.io|badges\.gitter\.im|api\.netlify\.com|codecov\.io|coveralls\.io|travis-ci\.(?:org|com)|circleci\.com|app\.codacy\.com|snyk\.io|deepwiki\.com)$/i;

/** A remote picture whose address says it is a badge: a badge service, or a file or path named `badge`. */
export function isBadgePicture(src: string): boolean {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return BADGE_HOSTS.test(url.hostname) || /(?:^|\/)badges?(?:\.svg|\.png|\/|$)/i.test(url.pathname);
}

/** How many badge pictures the document holds, wherever they are (paragraphs, lists, tables, quotes). */
export function countBadges(doc: MdDocument): number {
  let n = 0;
  const inlines = (list: readonly Inline[]) => {
    for (const x of list) {
      if (x.type === 'image' && isBadgePicture(x.src)) n++;
      else if ('children' in x) inlines(x.children);
    }
  };
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'image') n += isBadgePicture(b.src) ? 1 : 0;
      else if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'notes') inlines(b.children);
      else if (b.type === 'quote') blocks(b.children);
      else if (b.type === 'list')
        for (const it of b.items) {
          inlines(it.content);
          blocks(it.blocks);
        }
      else if (b.type === 'table') for (const row of [b.header, ...b.rows]) for (const cell of row) inlines(cell);
    }
  };
  blocks(doc.blocks);
  return n;
}

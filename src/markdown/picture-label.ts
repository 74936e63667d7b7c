import type { Inline } from './types';

/**
 * The words that stand for a picture where only text can go (a mind-map note, a Word paragraph, a topic):
 * its alt text, else its file name (`./imgs/new-repo.png` → `new-repo.png`); nothing for an inline
 * `data:` picture without alt text.
 */
export function pictureLabel(src: string, alt: string): string {
  if (alt.trim()) return alt.trim();
  if (src.startsWith('data:')) return '';
  return (
    src
      .split(/[/\\?#]/)
      .filter(Boolean)
      .pop() ?? ''
  );
}

/** The same inlines with every picture that has no alt text named by its file name (see pictureLabel). */
export function namePictures(nodes: readonly Inline[]): Inline[] {
  return nodes.map((n): Inline => {
    if (n.type === 'image') return n.alt.trim() ? n : { ...n, alt: pictureLabel(n.src, '') };
    return 'children' in n ? { ...n, children: namePictures(n.children) } : n;
  });
}

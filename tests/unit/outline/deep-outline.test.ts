import { describe, expect, it } from 'vitest';
import { outlineFromMarkdown } from '../../../src/outline';
import { markdownToDeck } from '../../../src/slides';
import { MAX_OUTLINE_DEPTH } from '../../../src/limits';

const deep = (n: number) => `# Deck\n\n## Slide\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;

describe('outline nesting limit', () => {
  it('a list nested past the limit is refused by name, not a stack overflow while the deck is built', async () => {
    await expect(markdownToDeck(deep(2000))).rejects.toMatchObject({ key: 'files.error.tooDeep.outline', params: { limit: MAX_OUTLINE_DEPTH } });
    expect(() => outlineFromMarkdown(deep(MAX_OUTLINE_DEPTH + 1))).toThrow(expect.objectContaining({ key: 'files.error.tooDeep.outline' }));
    expect(outlineFromMarkdown(deep(MAX_OUTLINE_DEPTH)).value.root.title).toBe('Deck');
  });
});

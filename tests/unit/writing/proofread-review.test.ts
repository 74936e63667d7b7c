import { describe, expect, it } from 'vitest';
import { acceptedEdits, decideAll, reviewCounts } from '../../../src/writing/proofread-review';
import type { ProofEdit } from '../../../src/writing/proofread-types';

const edit = (id: string, original: string, replacement: string, start: number): ProofEdit => ({
  id,
  original,
  replacement,
  reason: '',
  category: 'typo',
  source: 'model',
  start,
  end: start + original.length,
  before: '',
  after: '',
  contextOrdinal: 0,
});
const EDITS = [edit('a', '进渡', '进度', 2), edit('b', ',', '，', 6), edit('c', '完成', '如期完工', 10)];

describe('reviewing proofreading suggestions', () => {
  it('applies only the accepted ones, each with the wording the user gave it', () => {
    const out = acceptedEdits(EDITS, { a: { verdict: 'accepted', replacement: '进展' }, b: { verdict: 'rejected' }, c: { verdict: 'accepted' } });
    expect(out.map((e) => [e.id, e.original, e.replacement])).toEqual([
      ['a', '进渡', '进展'],
      ['c', '完成', '如期完工'],
    ]);
    // The model's suggestion itself is untouched.
    expect(EDITS[0]!.replacement).toBe('进度');
  });

  it('leaves out an accepted suggestion the user reworded back to the original', () => {
    expect(acceptedEdits(EDITS, { a: { verdict: 'accepted', replacement: '进渡' } })).toEqual([]);
  });

  it('Accept all / Reject all decide only the open suggestions that are still pending', () => {
    const reviews = decideAll(EDITS, { b: { verdict: 'rejected' } }, 'accepted', (id) => id !== 'c');
    expect(reviews).toEqual({ a: { verdict: 'accepted' }, b: { verdict: 'rejected' } });
    expect(reviewCounts(EDITS, reviews)).toEqual({ accepted: 1, rejected: 1, pending: 1 });
  });
});

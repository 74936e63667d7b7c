import type { ProofEdit } from './proofread-types';

// The user's review of the suggestions, one by one: accepted (perhaps with their own replacement text),
// rejected, or not decided yet. Only accepted suggestions go into the document.

export type Verdict = 'pending' | 'accepted' | 'rejected';

export interface Review {
  verdict: Verdict;
  /** The replacement as the user rewrote it; the model's (or the local check's) otherwise. */
  replacement?: string;
}

export type Reviews = Readonly<Record<string, Review>>;

/** The suggestion as it will be applied: with the user's replacement if they edited it. */
export function reviewedEdit(edit: ProofEdit, review: Review | undefined): ProofEdit {
  return review?.replacement === undefined ? edit : { ...edit, replacement: review.replacement };
}

/** The accepted suggestions, in document order, each with its final replacement; one that no longer changes anything is left out. */
export function acceptedEdits(edits: readonly ProofEdit[], reviews: Reviews): ProofEdit[] {
  return edits
    .filter((e) => reviews[e.id]?.verdict === 'accepted')
    .map((e) => reviewedEdit(e, reviews[e.id]))
    .filter((e) => e.replacement !== e.original);
}

/** How many suggestions are accepted, rejected and still open. */
export function reviewCounts(edits: readonly ProofEdit[], reviews: Reviews): Record<Verdict, number> {
  const out: Record<Verdict, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const e of edits) out[reviews[e.id]?.verdict ?? 'pending'] += 1;
  return out;
}

/** Every open suggestion given one verdict (Accept all / Reject all); decided ones keep theirs. */
export function decideAll(edits: readonly ProofEdit[], reviews: Reviews, verdict: Exclude<Verdict, 'pending'>, open: (id: string) => boolean): Reviews {
  const next: Record<string, Review> = { ...reviews };
  for (const e of edits) if (open(e.id) && (next[e.id]?.verdict ?? 'pending') === 'pending') next[e.id] = { ...next[e.id], verdict };
  return next;
}

import { statusOf, type ActionItem, type ActionStatus, type Minutes } from './minutes-schema';

/** Case, space and punctuation differences do not make two action items different. */
export function normaliseTask(task: string): string {
  return task
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function sameTask(a: string, b: string): boolean {
  const x = normaliseTask(a);
  const y = normaliseTask(b);
  if (!x || !y) return x === y;
  if (x === y) return true;
  // "Send the budget" vs "Send the budget to finance": the shorter one is the same task restated.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= 0.6;
}

// "open" is also what an item is when the notes say nothing, so a copy that says more wins.
const PROGRESS: Record<ActionStatus, number> = { open: 0, in_progress: 1, done: 2 };

/** Keeps one of each action item; the merged one keeps any owner or due date either copy knew, and the further status. */
export function dedupeActionItems(items: ActionItem[]): ActionItem[] {
  const out: ActionItem[] = [];
  for (const item of items) {
    if (!item.task) continue;
    const twin = out.find((o) => sameTask(o.task, item.task) && (!o.owner || !item.owner || normaliseTask(o.owner) === normaliseTask(item.owner)));
    if (!twin) {
      out.push({ ...item });
      continue;
    }
    if (normaliseTask(item.task).length > normaliseTask(twin.task).length) twin.task = item.task;
    twin.owner ??= item.owner;
    twin.due ??= item.due;
    if (PROGRESS[statusOf(item)] > PROGRESS[statusOf(twin)]) twin.status = item.status;
  }
  return out;
}

function dedupeText(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = normaliseTask(s);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Applies the dedup rules to a record, whether it came from one call or from a map-reduce merge. */
export function tidyMinutes(m: Minutes): Minutes {
  const topics: Minutes['topics'] = [];
  for (const t of m.topics) {
    const twin = topics.find((o) => normaliseTask(o.title) === normaliseTask(t.title));
    if (twin) twin.points = dedupeText([...twin.points, ...t.points]);
    else topics.push({ title: t.title, points: dedupeText(t.points) });
  }
  return {
    ...m,
    attendees: dedupeText(m.attendees),
    topics,
    decisions: dedupeText(m.decisions),
    actionItems: dedupeActionItems(m.actionItems),
    risks: dedupeText(m.risks),
    openQuestions: dedupeText(m.openQuestions ?? []),
  };
}

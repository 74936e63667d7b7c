import { message, type Message } from '../messages';
import { minutesSchema, statusOf, type ActionItem, type Minutes } from './minutes-schema';

// The minutes record as the user edits it in the pane's form: checked field by field (a sentence for each
// problem), then tidied through the same schema the model's answer went through, so the files and Word get
// a record of the same shape whether the model or the user wrote it.

/** Where a problem is: a top-level field, or one action item's field. */
export type MinutesField = 'title' | 'date' | `action.${number}.task` | `action.${number}.due`;

export type MinutesProblems = Partial<Record<MinutesField, Message>>;

const NUMERIC_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const LOOKS_NUMERIC = /^[\d\s\-/.年月日:：]+$/;

/**
 * A written date is free text ("周五", "next Monday", "2026-03-02 14:00"); only one that is written with
 * digits alone is checked: it must be a day on the calendar.
 */
export function dateProblem(value: string | null): Message | null {
  const v = (value ?? '').trim();
  if (!v || !LOOKS_NUMERIC.test(v)) return null;
  const day = /^(.+?)(\s+\d{1,2}[:：]\d{2})?$/.exec(v)?.[1] ?? v;
  const m = NUMERIC_DATE.exec(day.trim());
  if (!m) return message('recordForm.minutes.badDate', { value: v });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? null : message('recordForm.minutes.notOnCalendar', { value: v });
}

// A card the user added and left as it was; one with only a status picked is not blank: it still needs its task.
const blankItem = (a: ActionItem) => !a.task.trim() && !(a.owner ?? '').trim() && !(a.due ?? '').trim() && statusOf(a) === 'open';

/** Every problem in the edited record, by field: an empty title, a date not on the calendar, an action item with no task. */
export function checkMinutes(m: Minutes): MinutesProblems {
  const out: MinutesProblems = {};
  if (!m.title.trim()) out.title = message('recordForm.minutes.titleRequired');
  const date = dateProblem(m.date);
  if (date) out.date = date;
  m.actionItems.forEach((a, i) => {
    if (blankItem(a)) return;
    if (!a.task.trim()) out[`action.${i}.task`] = message('recordForm.minutes.taskRequired', { n: i + 1 });
    const due = dateProblem(a.due);
    if (due) out[`action.${i}.due`] = due;
  });
  return out;
}

/** The edited record as the files and Word get it: trimmed, blank entries and empty rows left out, absent fields at their defaults. */
export function editedMinutes(m: Minutes): Minutes {
  return minutesSchema.parse({
    ...m,
    topics: m.topics.filter((t) => t.title.trim() || t.points.some((p) => p.trim())),
    actionItems: m.actionItems.filter((a) => !blankItem(a)),
  });
}

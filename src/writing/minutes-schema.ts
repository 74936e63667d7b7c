import { z } from 'zod';

// Models leave out optional fields or answer "" / "N/A" for unknowns; those are read as null or [] here so
// a usable record is never rejected for a missing detail. Records saved before a field existed (a .json
// from `dsplus minutes`, the pane's download) parse the same way: the field takes its default.
const UNKNOWN = /^(n\/?a|none|null|unknown|tbd|无|未知|待定|暂无|未提及)$/i;

const nullableText = z.preprocess((v) => {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' || UNKNOWN.test(s) ? null : s;
}, z.string().nullable());

const textList = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return v.trim() ? [v] : [];
    return v;
  },
  z.array(z.coerce.string()).transform((a) => a.map((s) => s.trim()).filter(Boolean)),
);

/** Where an action item stands: 待办 / 进行中 / 已完成. Not said in the notes means open. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

// The ways models (and people editing a saved .json) write each status; anything else is refused, so the
// repair request can name the three values rather than a wrong status being kept.
const STATUS_WORDS: Record<string, ActionStatus> = {
  open: 'open',
  todo: 'open',
  'to do': 'open',
  pending: 'open',
  'not started': 'open',
  new: 'open',
  待办: 'open',
  待处理: 'open',
  未开始: 'open',
  未完成: 'open',
  in_progress: 'in_progress',
  'in progress': 'in_progress',
  'in-progress': 'in_progress',
  inprogress: 'in_progress',
  ongoing: 'in_progress',
  doing: 'in_progress',
  started: 'in_progress',
  进行中: 'in_progress',
  处理中: 'in_progress',
  推进中: 'in_progress',
  done: 'done',
  completed: 'done',
  complete: 'done',
  finished: 'done',
  closed: 'done',
  已完成: 'done',
  完成: 'done',
  已办结: 'done',
};

const statusSchema = z.preprocess((v) => {
  if (v === undefined || v === null) return 'open';
  const s = String(v).trim();
  if (s === '' || UNKNOWN.test(s)) return 'open';
  return STATUS_WORDS[s.toLowerCase()] ?? s;
}, z.enum(ACTION_STATUSES));

export const actionItemSchema = z.object({
  task: z.coerce.string().transform((s) => s.trim()),
  owner: nullableText.default(null),
  due: nullableText.default(null),
  status: statusSchema.default('open'),
});

export const topicSchema = z.object({
  title: z.coerce.string().transform((s) => s.trim()),
  points: textList.default([]),
});

/** The Minutes record as DESIGN.md defines it, with the meeting's place, each action item's status and the open questions. */
export const minutesSchema = z.object({
  title: z.coerce.string().transform((s) => s.trim()),
  date: nullableText.default(null),
  place: nullableText.default(null),
  attendees: textList.default([]),
  summary: z.coerce
    .string()
    .default('')
    .transform((s) => s.trim()),
  topics: z.preprocess((v) => v ?? [], z.array(topicSchema)).default([]),
  decisions: textList.default([]),
  actionItems: z.preprocess((v) => v ?? [], z.array(actionItemSchema)).default([]),
  risks: textList.default([]),
  openQuestions: textList.default([]),
});

// The schema fills every field it reads, but the types keep the newer fields optional: a record written
// before they existed (in code, or read without the schema) is still a Minutes record, and every reader
// takes an absent field as its default (`statusOf`, `?? []`, `?? null`).
type ParsedActionItem = z.infer<typeof actionItemSchema>;
type ParsedMinutes = z.infer<typeof minutesSchema>;
export type ActionItem = Omit<ParsedActionItem, 'status'> & { status?: ActionStatus };
export type Minutes = Omit<ParsedMinutes, 'place' | 'actionItems' | 'openQuestions'> & {
  place?: string | null;
  actionItems: ActionItem[];
  openQuestions?: string[];
};
export type Topic = z.infer<typeof topicSchema>;

/** An action item's status, open when the record does not say. */
export const statusOf = (a: Pick<ActionItem, 'status'>): ActionStatus => a.status ?? 'open';

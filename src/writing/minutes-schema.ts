import { z } from 'zod';

// Models leave out optional fields or answer "" / "N/A" for unknowns; those are read as null or [] here so
// a usable record is never rejected for a missing detail.
const nullableText = z.preprocess((v) => {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' || /^(n\/?a|none|null|unknown|tbd|无|未知|待定|暂无|未提及)$/i.test(s) ? null : s;
}, z.string().nullable());

const textList = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return [];
    if (typeof v === 'string') return v.trim() ? [v] : [];
    return v;
  },
  z.array(z.coerce.string()).transform((a) => a.map((s) => s.trim()).filter(Boolean)),
);

export const actionItemSchema = z.object({
  task: z.coerce.string().transform((s) => s.trim()),
  owner: nullableText.default(null),
  due: nullableText.default(null),
});

export const topicSchema = z.object({
  title: z.coerce.string().transform((s) => s.trim()),
  points: textList.default([]),
});

/** The Minutes record exactly as DESIGN.md defines it. */
export const minutesSchema = z.object({
  title: z.coerce.string().transform((s) => s.trim()),
  date: nullableText.default(null),
  attendees: textList.default([]),
  summary: z.coerce
    .string()
    .default('')
    .transform((s) => s.trim()),
  topics: z.preprocess((v) => v ?? [], z.array(topicSchema)).default([]),
  decisions: textList.default([]),
  actionItems: z.preprocess((v) => v ?? [], z.array(actionItemSchema)).default([]),
  risks: textList.default([]),
});

export type Minutes = z.infer<typeof minutesSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type Topic = z.infer<typeof topicSchema>;

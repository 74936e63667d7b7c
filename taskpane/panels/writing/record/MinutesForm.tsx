import { Field, Input, Textarea } from '@fluentui/react-components';
import { useApp } from '../../../app/AppContext';
import type { Minutes } from '../../../../src/writing/minutes-schema';
import type { MinutesProblems } from '../../../../src/writing/minutes-edit';
import { ActionItemsField } from './ActionItemsField';
import { TagsField } from './TagsField';
import { TextListField } from './TextListField';
import { TopicsField } from './TopicsField';
import { useRecordFormStyles } from './useRecordFormStyles.styles';

/**
 * The minutes record the model wrote, as a form with one control per field of the record
 * (src/writing/minutes-schema.ts): title, date, place, attendees, summary, topics, decisions, action items
 * (each with its status), risks, open questions.
 */
export function MinutesForm({ value, onChange, problems }: { value: Minutes; onChange: (next: Minutes) => void; problems: MinutesProblems }) {
  const { t } = useApp();
  const s = useRecordFormStyles();
  const set = (patch: Partial<Minutes>) => onChange({ ...value, ...patch });
  const said = (p: MinutesProblems[keyof MinutesProblems]) => (p ? t(p.key, p.params) : undefined);
  return (
    <form className={s.form} aria-label={t('recordForm.minutes.form')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('recordForm.minutes.title')} required validationState={problems.title ? 'error' : 'none'} validationMessage={said(problems.title)}>
        <Input className={s.fill} value={value.title} onChange={(_e, d) => set({ title: d.value })} />
      </Field>
      <Field
        label={t('recordForm.minutes.date')}
        hint={problems.date ? undefined : t('recordForm.minutes.dateHint')}
        validationState={problems.date ? 'error' : 'none'}
        validationMessage={said(problems.date)}
      >
        <Input className={s.fill} value={value.date ?? ''} onChange={(_e, d) => set({ date: d.value })} />
      </Field>
      <Field label={t('recordForm.minutes.place')} hint={t('recordForm.minutes.placeHint')}>
        <Input className={s.fill} value={value.place ?? ''} onChange={(_e, d) => set({ place: d.value })} />
      </Field>
      <TagsField
        legend={t('recordForm.minutes.attendees')}
        values={value.attendees}
        onChange={(attendees) => set({ attendees })}
        newLabel={t('recordForm.minutes.newAttendee')}
        removeLabel={(name) => t('recordForm.minutes.removeAttendee', { name })}
        emptyText={t('recordForm.minutes.noAttendees')}
      />
      <Field label={t('recordForm.minutes.summary')}>
        <Textarea className={s.fill} value={value.summary} rows={4} resize="vertical" onChange={(_e, d) => set({ summary: d.value })} />
      </Field>
      <TopicsField topics={value.topics} onChange={(topics) => set({ topics })} />
      <TextListField
        id="minutes-decisions"
        legend={t('recordForm.minutes.decisions')}
        values={value.decisions}
        onChange={(decisions) => set({ decisions })}
        itemLabel={(i) => t('recordForm.minutes.decision', { n: i + 1 })}
      />
      <ActionItemsField items={value.actionItems} onChange={(actionItems) => set({ actionItems })} problems={problems} />
      <TextListField
        id="minutes-risks"
        legend={t('recordForm.minutes.risks')}
        values={value.risks}
        onChange={(risks) => set({ risks })}
        itemLabel={(i) => t('recordForm.minutes.risk', { n: i + 1 })}
      />
      <TextListField
        id="minutes-open-questions"
        legend={t('recordForm.minutes.openQuestions')}
        values={value.openQuestions ?? []}
        onChange={(openQuestions) => set({ openQuestions })}
        itemLabel={(i) => t('recordForm.minutes.openQuestion', { n: i + 1 })}
      />
    </form>
  );
}

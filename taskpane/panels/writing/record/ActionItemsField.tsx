import { Dismiss20Regular } from '@fluentui/react-icons';
import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useApp } from '../../../app/AppContext';
import { ACTION_STATUSES, statusOf, type ActionItem, type ActionStatus } from '../../../../src/writing/minutes-schema';
import type { MinutesProblems } from '../../../../src/writing/minutes-edit';
import { useRecordFormStyles } from './useRecordFormStyles.styles';

/**
 * The action items as cards rather than a table (a five-column table does not fit 320 px): task, then
 * owner and due side by side, then the status (待办 / 进行中 / 已完成); Remove on each card and Add below.
 * The document still gets them as a table.
 */
export function ActionItemsField({
  items,
  onChange,
  problems,
}: {
  items: readonly ActionItem[];
  onChange: (next: ActionItem[]) => void;
  problems: MinutesProblems;
}) {
  const { t } = useApp();
  const s = useRecordFormStyles();
  const tasks = useRef<(HTMLTextAreaElement | null)[]>([]);
  // The entry just added takes the focus once it is on screen.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    tasks.current[focusNext.current]?.focus();
    focusNext.current = null;
  });
  const set = (i: number, patch: Partial<ActionItem>) => onChange(items.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>{t('recordForm.minutes.actionItems')}</legend>
      {items.length > 0 && (
        <ul className={s.list}>
          {items.map((a, i) => {
            const name = t('recordForm.minutes.actionItem', { n: i + 1 });
            const taskProblem = problems[`action.${i}.task`];
            const dueProblem = problems[`action.${i}.due`];
            return (
              <li key={i}>
                <div className={s.card} role="group" aria-label={name}>
                  <div className={s.cardHead}>
                    <Field
                      label={`${name} · ${t('recordForm.minutes.task')}`}
                      validationState={taskProblem ? 'error' : 'none'}
                      validationMessage={taskProblem ? t(taskProblem.key, taskProblem.params) : undefined}
                    >
                      <Textarea
                        className={s.fill}
                        ref={(el) => {
                          tasks.current[i] = el;
                        }}
                        rows={a.task.length > 20 ? 2 : 1}
                        resize="vertical"
                        value={a.task}
                        onChange={(_e, d) => set(i, { task: d.value })}
                      />
                    </Field>
                    <Button
                      appearance="subtle"
                      aria-label={t('recordForm.minutes.removeActionItem', { n: i + 1 })}
                      onClick={() => onChange(items.filter((_x, j) => j !== i))}
                      icon={<Dismiss20Regular />}
                    />
                  </div>
                  <div className={s.pair}>
                    <Field label={t('recordForm.minutes.owner')}>
                      <Input
                        className={s.fill}
                        aria-label={`${name} · ${t('recordForm.minutes.owner')}`}
                        value={a.owner ?? ''}
                        onChange={(_e, d) => set(i, { owner: d.value })}
                      />
                    </Field>
                    <Field
                      label={t('recordForm.minutes.due')}
                      validationState={dueProblem ? 'error' : 'none'}
                      validationMessage={dueProblem ? t(dueProblem.key, dueProblem.params) : undefined}
                    >
                      <Input
                        className={s.fill}
                        aria-label={`${name} · ${t('recordForm.minutes.due')}`}
                        value={a.due ?? ''}
                        onChange={(_e, d) => set(i, { due: d.value })}
                      />
                    </Field>
                    <Field className={s.wide} label={t('recordForm.minutes.status')}>
                      <Select
                        className={s.fill}
                        aria-label={`${name} · ${t('recordForm.minutes.status')}`}
                        value={statusOf(a)}
                        onChange={(_e, d) => set(i, { status: d.value as ActionStatus })}
                      >
                        {ACTION_STATUSES.map((st) => (
                          <option key={st} value={st}>
                            {t(`word.minutes.status.${st}`)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className={s.row}>
        <Button
          size="small"
          onClick={() => {
            onChange([...items, { task: '', owner: null, due: null, status: 'open' }]);
            focusNext.current = items.length;
          }}
        >
          + {t('recordForm.minutes.addActionItem')}
        </Button>
      </div>
    </fieldset>
  );
}

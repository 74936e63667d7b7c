import { Dismiss20Regular } from '@fluentui/react-icons';
import { Button, Field, Input } from '@fluentui/react-components';
import { useApp } from '../../../app/AppContext';
import type { Topic } from '../../../../src/writing/minutes-schema';
import { TextListField } from './TextListField';
import { useRecordFormStyles } from './useRecordFormStyles.styles';

/** The topics discussed: each a card with its title and its points, removable; Add below. */
export function TopicsField({ topics, onChange }: { topics: readonly Topic[]; onChange: (next: Topic[]) => void }) {
  const { t } = useApp();
  const s = useRecordFormStyles();
  const set = (i: number, patch: Partial<Topic>) => onChange(topics.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>{t('recordForm.minutes.topics')}</legend>
      {topics.length > 0 && (
        <ul className={s.list}>
          {topics.map((topic, i) => (
            <li key={i}>
              <div className={s.card} role="group" aria-label={t('recordForm.minutes.topic', { n: i + 1 })}>
                <div className={s.cardHead}>
                  <Field label={t('recordForm.minutes.topicTitle', { n: i + 1 })}>
                    <Input className={s.fill} value={topic.title} onChange={(_e, d) => set(i, { title: d.value })} />
                  </Field>
                  <Button
                    appearance="subtle"
                    aria-label={t('recordForm.minutes.removeTopic', { n: i + 1 })}
                    onClick={() => onChange(topics.filter((_x, j) => j !== i))}
                    icon={<Dismiss20Regular />}
                  />
                </div>
                <TextListField
                  plain
                  id={`minutes-topic-${i}-points`}
                  legend={t('recordForm.minutes.points', { n: i + 1 })}
                  values={topic.points}
                  onChange={(points) => set(i, { points })}
                  itemLabel={(j) => t('recordForm.minutes.point', { topic: i + 1, n: j + 1 })}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className={s.row}>
        <Button size="small" onClick={() => onChange([...topics, { title: '', points: [] }])}>
          + {t('recordForm.minutes.addTopic')}
        </Button>
      </div>
    </fieldset>
  );
}

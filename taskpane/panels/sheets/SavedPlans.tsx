import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import type { Plan } from '../../../src/sheets/plan-schema';
import { deletePlan, loadPlans, savePlan } from './plan-store';
import { useSheetsStyles } from './useSheetsStyles.styles';

/** Save the current plan by name; load or delete saved ones (localStorage). */
export function SavedPlans({ current, onLoad }: { current: () => Plan | null; onLoad: (p: Plan) => void }) {
  const { t } = useApp();
  const s = useSheetsStyles();
  const [plans, setPlans] = useState(loadPlans);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const names = Object.keys(plans).sort();
  return (
    <div className={s.section}>
      <div className={s.row}>
        <Field label={t('sheets.clean.planName')} className={s.grow}>
          <Input value={name} onChange={(_e, d) => setName(d.value)} />
        </Field>
        <Button
          disabled={!name.trim()}
          onClick={() => {
            const plan = current();
            if (!plan) return;
            setPlans(savePlan(name.trim(), plan));
            setMessage(t('sheets.clean.saved', { name: name.trim() }));
          }}
        >
          {t('sheets.clean.save')}
        </Button>
      </div>
      {names.length > 0 && (
        <div className={s.row}>
          <Field label={t('sheets.clean.load')} className={s.grow}>
            <Select
              value={chosen}
              onChange={(_e, d) => {
                setChosen(d.value);
                if (plans[d.value]) onLoad(plans[d.value]);
              }}
            >
              <option value="">{t('sheets.clean.loadPlaceholder')}</option>
              {names.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            disabled={!chosen}
            aria-label={t('sheets.clean.deletePlan')}
            onClick={() => {
              setPlans(deletePlan(chosen));
              setChosen('');
            }}
          >
            ✕
          </Button>
        </div>
      )}
      {message && (
        <Text className={s.hint} role="status">
          {message}
        </Text>
      )}
    </div>
  );
}

import { useState } from 'react';
import { Button, Field, Input, Tab, TabList, Text, Textarea } from '@fluentui/react-components';
import { buildCoStarPrompt, buildRtgoPrompt, type CoStarFields, type RtgoFields } from '../../../src/prompts/frameworks';
import { useT } from '../../hooks/useT';
import { useAskStyles } from './useAskStyles.styles';

type Framework = 'rtgo' | 'costar';

const RTGO_KEYS: readonly (keyof RtgoFields)[] = ['role', 'task', 'goal', 'objective'];
const COSTAR_KEYS: readonly (keyof CoStarFields)[] = ['context', 'objective', 'style', 'tone', 'audience', 'response'];
const LONG: ReadonlySet<string> = new Set(['task', 'context', 'objective']);

/** RTGO and CO-STAR: fill the fields, get one well-structured prompt in the question box. */
export function FrameworkBuilder({ onUse, deep }: { onUse: (prompt: string) => void; deep: boolean }) {
  const t = useT();
  const s = useAskStyles();
  const [fw, setFw] = useState<Framework>('rtgo');
  const [rtgo, setRtgo] = useState<RtgoFields>({ role: '', task: '', goal: '', objective: '' });
  const [costar, setCostar] = useState<CoStarFields>({ context: '', objective: '', style: '', tone: '', audience: '', response: '' });
  const fields =
    fw === 'rtgo'
      ? RTGO_KEYS.map((k) => ({ k, label: `ask.builder.rtgo.${k}` as const, hint: `ask.builder.rtgo.${k}.hint` as const }))
      : COSTAR_KEYS.map((k) => ({ k, label: `ask.builder.costar.${k}` as const, hint: `ask.builder.costar.${k}.hint` as const }));
  const values: Record<string, string> = fw === 'rtgo' ? { ...rtgo } : { ...costar };
  const set = (k: string, v: string) => (fw === 'rtgo' ? setRtgo({ ...rtgo, [k]: v }) : setCostar({ ...costar, [k]: v }));
  const prompt = fw === 'rtgo' ? buildRtgoPrompt(rtgo) : buildCoStarPrompt(costar);

  return (
    <div className={s.form}>
      <TabList selectedValue={fw} onTabSelect={(_e, d) => setFw(d.value as Framework)} aria-label={t('ask.builder.label')}>
        <Tab value="rtgo">RTGO</Tab>
        <Tab value="costar">CO-STAR</Tab>
      </TabList>
      <Text className={s.hint}>{t(fw === 'rtgo' ? 'ask.builder.rtgo.about' : 'ask.builder.costar.about')}</Text>
      {fields.map(({ k, label, hint }) => (
        <Field key={`${fw}-${k}`} label={t(label)} hint={t(hint)}>
          {LONG.has(k) ? (
            <Textarea value={values[k]} onChange={(_e, d) => set(k, d.value)} rows={2} />
          ) : (
            <Input value={values[k]} onChange={(_e, d) => set(k, d.value)} />
          )}
        </Field>
      ))}
      <Text className={deep ? s.warn : s.hint}>{t('ask.deep.advice')}</Text>
      <div className={s.row}>
        <Button appearance="primary" disabled={!prompt} onClick={() => onUse(prompt)}>
          {t('ask.builder.use')}
        </Button>
      </div>
    </div>
  );
}

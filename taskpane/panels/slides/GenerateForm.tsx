import { Button, Checkbox, Field, Input, Radio, RadioGroup, Select, SpinButton, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/AppContext';
import { DeepSwitch } from '../../components/DeepSwitch';
import { ErrorBar } from '../../components/ErrorBar';
import { OUTLINE_STYLES, type OutlineStyle } from '../../../src/slides';
import { useDocumentReader } from '../../documents/useDocumentReader';
import { UrlReader } from '../../documents/UrlReader';
import { WebSwitch } from '../../web/WebSwitch';
import type { GenerateForm as Form, LangChoice } from './SlidesPanel.types';
import { useSlidesStyles } from './useSlidesStyles.styles';

export interface GenerateFormProps {
  form: Form;
  onChange: (f: Form) => void;
  running: boolean;
  canGenerate: boolean;
  onGenerate: () => void;
}

/** Where the outline comes from (a topic, or the document), and how the model should write it. */
export function GenerateForm({ form, onChange, running, canGenerate, onGenerate }: GenerateFormProps) {
  const { host, t } = useApp();
  const s = useSlidesStyles();
  const [error, setError] = useState<unknown>(null);
  const reader = useDocumentReader();
  const set = <K extends keyof Form>(k: K, v: Form[K]) => onChange({ ...form, [k]: v });

  const open = async () => {
    setError(null);
    try {
      const file = await reader.open();
      if (!file) return;
      onChange({ ...form, docText: file.markdown, docName: file.name });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className={s.section} aria-label={t('slides.generate.label')}>
      <Field label={t('slides.source.label')}>
        <RadioGroup layout="horizontal" value={form.source} onChange={(_e, d) => set('source', d.value === 'document' ? 'document' : 'topic')}>
          <Radio value="topic" label={t('slides.source.topic')} />
          <Radio value="document" label={host.kind === 'word' ? t('slides.source.wordDocument') : t('slides.source.document')} />
        </RadioGroup>
      </Field>
      {form.source === 'topic' ? (
        <>
          <Field label={t('slides.topic.label')} required>
            <Textarea rows={2} resize="vertical" value={form.topic} placeholder={t('slides.topic.placeholder')} onChange={(_e, d) => set('topic', d.value)} />
          </Field>
          <WebSwitch checked={form.web} onChange={(on) => set('web', on)} disabled={running} />
        </>
      ) : host.kind === 'word' ? (
        <Field label={t('slides.scope.label')}>
          <RadioGroup layout="horizontal" value={form.scope} onChange={(_e, d) => set('scope', d.value === 'body' ? 'body' : 'selection')}>
            <Radio value="selection" label={t('slides.scope.selection')} />
            <Radio value="body" label={t('slides.scope.body')} />
          </RadioGroup>
        </Field>
      ) : (
        <div className={s.section}>
          <Field label={t('slides.document.label')}>
            <Textarea
              rows={5}
              resize="vertical"
              value={form.docText}
              placeholder={t('slides.document.placeholder')}
              onChange={(_e, d) => onChange({ ...form, docText: d.value, docName: null })}
            />
          </Field>
          <div className={s.row}>
            <Button disabled={reader.busy} onClick={() => void open()}>
              {t('action.openFile')}
            </Button>
            {form.docName && <Text className={s.hint}>{t('slides.document.loaded', { name: form.docName })}</Text>}
          </div>
          {reader.prompt}
          <ErrorBar error={error} />
          <UrlReader id="slides-url" onRead={(markdown, url) => onChange({ ...form, docText: markdown, docName: url })} />
        </div>
      )}
      <div className={s.row}>
        <Field label={t('slides.audience.label')} className={s.grow}>
          <Input value={form.audience} placeholder={t('slides.audience.placeholder')} onChange={(_e, d) => set('audience', d.value)} />
        </Field>
        <Field label={t('slides.count.label')} className={s.narrow}>
          <SpinButton
            min={1}
            max={60}
            value={form.slides}
            onChange={(_e, d) => set('slides', Math.max(1, Math.min(60, Number(d.value ?? d.displayValue) || form.slides)))}
          />
        </Field>
      </div>
      <div className={s.row}>
        <Field label={t('slides.lang.label')} className={s.grow}>
          <Select value={form.lang} onChange={(_e, d) => set('lang', d.value as LangChoice)}>
            <option value="auto">{t('slides.lang.auto')}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field label={t('slides.style.label')} className={s.grow}>
          <Select value={form.style} onChange={(_e, d) => set('style', d.value as OutlineStyle)}>
            {OUTLINE_STYLES.map((st) => (
              <option key={st} value={st}>
                {t(`slides.style.${st}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={s.row}>
        <DeepSwitch checked={form.deep} label={t('slides.mode.deep')} onChange={(on) => set('deep', on)} />
        <Checkbox checked={form.notes} label={t('slides.notes.write')} onChange={(_e, d) => set('notes', Boolean(d.checked))} />
      </div>
      <div className={s.row}>
        {/* While it runs, Stop is in the pane's progress bar (components/JobProgress), always in view. */}
        <Button appearance="primary" disabled={!canGenerate || running} onClick={onGenerate}>
          {running ? t('status.working') : t('slides.generate.button')}
        </Button>
      </div>
    </section>
  );
}

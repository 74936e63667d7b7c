import { Button, Checkbox, Field, Select, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useApp } from '../../app/AppContext';
import { useTask } from '../../hooks/useTask';
import { ErrorBar } from '../../components/ErrorBar';
import { downloadBlob } from '../../components/files';
import { isConfigured } from '../../../src/llm/settings';
import { fillFields, generateDraft } from '../../../src/docs/draft';
import { detectLanguage } from '../../../src/docs/language';
import { TEMPLATES, templateFields, type FieldKey, type TemplateId } from '../../../src/docs/templates';
import { MarkdownPreview } from './MarkdownPreview';
import { ResultActions } from './ResultActions';
import { insertIntoWord, sourceMarkdown, type InsertWhere } from './word-host';
import { useWordStyles } from './useWordStyles.styles';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A template's RTGO or CO-STAR form → a draft streamed into the preview → Insert or download. */
export function DraftTab() {
  const { host, t, locale, llm } = useApp();
  const s = useWordStyles();
  const inWord = host.kind === 'word';
  const [templateId, setTemplateId] = useState<TemplateId>('work-report');
  const template = TEMPLATES.find((x) => x.id === templateId) ?? TEMPLATES[0]!;
  const [values, setValues] = useState<Partial<Record<TemplateId, Partial<Record<FieldKey, string>>>>>({});
  const defaults = template.defaults[locale];
  const fields = useMemo(() => ({ ...defaults, ...values[templateId] }), [defaults, values, templateId]);
  const [useDocument, setUseDocument] = useState(false);
  const [background, setBackground] = useState('');
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const setField = (k: FieldKey, v: string) => setValues((prev) => ({ ...prev, [templateId]: { ...prev[templateId], [k]: v } }));

  const task = useTask(async (signal) => {
    setNotice(null);
    setText('');
    const bg = inWord ? (useDocument ? await sourceMarkdown(true, { scope: 'body', text: '', fileName: null, docx: null }) : undefined) : background;
    // The draft follows the language the brief is written in; the UI language decides only when unclear.
    const language = detectLanguage(fields[template.briefField] ?? '', locale);
    const res = await generateDraft(llm, { template, fields: fillFields(template, language, fields), background: bg, language }, { signal, onText: setText });
    setText(res.text);
    return res.text;
  });
  const insert = useTask(async (_signal, where: InsertWhere) => {
    await insertIntoWord(text, where);
    setNotice(t('word.inserted'));
  });
  const done = task.status === 'done' && text;

  return (
    <div className={s.section}>
      <Field label={t('word.draft.template')} hint={t(`word.draft.framework.${template.framework}`)}>
        <Select id="word-draft-template" value={templateId} onChange={(_e, d) => setTemplateId(d.value as TemplateId)}>
          {TEMPLATES.map((x) => (
            <option key={x.id} value={x.id}>
              {t(`word.template.${x.id}`)}
            </option>
          ))}
        </Select>
      </Field>
      {templateFields(template).map((k) => (
        <Field key={`${templateId}-${k}`} label={t(template.framework === 'costar' && k === 'objective' ? 'word.field.costarObjective' : `word.field.${k}`)} required={k === template.briefField}>
          <Textarea resize="vertical" rows={k === template.briefField ? 5 : 2} value={fields[k] ?? ''} onChange={(_e, d) => setField(k, d.value)} />
        </Field>
      ))}
      {inWord ? (
        <Checkbox checked={useDocument} onChange={(_e, d) => setUseDocument(Boolean(d.checked))} label={t('word.draft.useDocument')} />
      ) : (
        <Field label={t('word.draft.background')}>
          <Textarea resize="vertical" rows={3} value={background} onChange={(_e, d) => setBackground(d.value)} />
        </Field>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={task.running || !isConfigured(llm)} onClick={() => void task.run()}>
          {t('word.draft.generate')}
        </Button>
        {task.running && (
          <>
            <Spinner size="tiny" label={t('status.working')} />
            <Button onClick={task.cancel}>{t('action.stop')}</Button>
          </>
        )}
      </div>
      {task.status === 'cancelled' && <Text className={s.hint}>{t('status.cancelled')}</Text>}
      <ErrorBar error={task.error ?? insert.error} />
      {/* As in Rewrite: Stop leaves no half draft behind. */}
      {text && task.status !== 'cancelled' && <MarkdownPreview markdown={text} label={t('word.preview')} busy={task.running} />}
      {done && (
        <ResultActions
          id="word-draft"
          disabled={insert.running}
          onInsert={(where) => void insert.run(where)}
          downloads={[
            { label: t('word.download.docx'), onClick: () => void import('../../../src/docs/markdown-to-docx').then((m) => m.markdownToDocx(text)).then((b) => downloadBlob(b, `${template.id}.docx`, DOCX)) },
            { label: t('word.download.md'), onClick: () => downloadBlob(text, `${template.id}.md`, 'text/markdown;charset=utf-8') },
          ]}
        />
      )}
      {notice && <Text role="status">{notice}</Text>}
    </div>
  );
}

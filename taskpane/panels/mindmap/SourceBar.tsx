import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { DeepSwitch } from '../../components/DeepSwitch';
import { useT } from '../../hooks/useT';
import type { MapSource, SourceForm } from './MindmapPanel.types';
import { useMindmapStyles } from './useMindmapStyles.styles';

export interface SourceBarProps {
  sources: MapSource[];
  form: SourceForm;
  onChange: (next: SourceForm) => void;
  /** A model is configured: topic maps and summaries are possible. */
  configured: boolean;
  running: boolean;
  onRun: () => void;
}

/** Where the map comes from, and the one button that makes it. */
export function SourceBar({ sources, form, onChange, configured, running, onRun }: SourceBarProps) {
  const t = useT();
  const s = useMindmapStyles();
  const label = (src: MapSource) => t(`mindmap.panel.source.${src}`);
  const isTopic = form.source === 'topic';
  const modelUsed = isTopic || (form.useModel && form.source !== 'editor');
  const canRun = !running && (!modelUsed || configured) && (!isTopic || Boolean(form.topic.trim()));
  return (
    <div className={s.section}>
      <div className={s.row}>
        <Field label={t('mindmap.panel.source')} className={s.grow}>
          <Select value={form.source} onChange={(_e, d) => onChange({ ...form, source: d.value as MapSource })}>
            {sources.map((src) => (
              <option key={src} value={src} disabled={src === 'topic' && !configured}>
                {label(src)}
              </option>
            ))}
          </Select>
        </Field>
        {isTopic && (
          <Field label={t('mindmap.panel.topicLabel')} className={s.grow}>
            <Input
              data-draft="mindmap.topic"
              value={form.topic}
              placeholder={t('mindmap.panel.topicPlaceholder')}
              onChange={(_e, d) => onChange({ ...form, topic: d.value })}
              onKeyDown={(e) => e.key === 'Enter' && canRun && onRun()}
            />
          </Field>
        )}
      </div>
      <div className={s.row}>
        {!isTopic && form.source !== 'editor' && configured && (
          <Checkbox label={t('mindmap.panel.useModel')} checked={form.useModel} onChange={(_e, d) => onChange({ ...form, useModel: Boolean(d.checked) })} />
        )}
        {modelUsed && configured && <DeepSwitch label={t('mindmap.panel.deep')} checked={form.deep} onChange={(on) => onChange({ ...form, deep: on })} />}
        {form.source !== 'editor' && (
          <Button appearance="primary" disabled={!canRun} onClick={onRun}>
            {running ? t('status.working') : modelUsed ? t('mindmap.panel.generate') : t('mindmap.panel.load')}
          </Button>
        )}
      </div>
    </div>
  );
}

import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { DIAGRAM_KIND_HINTS, type DiagramKindHint } from '../../../src/diagram/prompt';
import { DeepSwitch } from '../../components/DeepSwitch';
import { useT } from '../../hooks/useT';
import { useDiagramStyles } from './useDiagramStyles.styles';

export interface DescribeValue {
  description: string;
  kind: DiagramKindHint;
  deep: boolean;
}

export interface DescribeFormProps {
  value: DescribeValue;
  onChange: (next: DescribeValue) => void;
  running: boolean;
  onRun: () => void;
}

/** Words → Mermaid by the model (shown only when a provider is set). */
export function DescribeForm({ value, onChange, running, onRun }: DescribeFormProps) {
  const t = useT();
  const s = useDiagramStyles();
  return (
    <div className={s.section}>
      <Field label={t('diagram.panel.describeLabel')}>
        <Textarea
          data-draft="diagram.description"
          rows={2}
          resize="vertical"
          value={value.description}
          placeholder={t('diagram.panel.describePlaceholder')}
          onChange={(_e, d) => onChange({ ...value, description: d.value })}
        />
      </Field>
      <div className={s.fieldRow}>
        <Field label={t('diagram.panel.kind')} className={s.grow}>
          <Select value={value.kind} onChange={(_e, d) => onChange({ ...value, kind: d.value as DiagramKindHint })}>
            {DIAGRAM_KIND_HINTS.map((k) => (
              <option key={k} value={k}>
                {t(`diagram.panel.kind.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <DeepSwitch label={t('diagram.panel.deep')} checked={value.deep} onChange={(on) => onChange({ ...value, deep: on })} />
      </div>
      <div className={s.row}>
        <Button appearance="primary" disabled={running || !value.description.trim()} onClick={onRun}>
          {running ? t('status.working') : t('diagram.panel.write')}
        </Button>
      </div>
    </div>
  );
}

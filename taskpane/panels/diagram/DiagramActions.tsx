import { Button } from '@fluentui/react-components';
import type { DiagramFormat } from '../../../src/diagram/export';
import { useT } from '../../hooks/useT';
import type { InsertKind } from './diagram-host';
import { useDiagramStyles } from './useDiagramStyles.styles';

const INSERT_LABEL = { slide: 'diagram.panel.insertSlide', onSlide: 'diagram.panel.insertOnSlide', picture: 'diagram.panel.insertPicture' } as const;

const DOWNLOADS: Array<[DiagramFormat, string]> = [
  ['pptx', '.pptx'],
  ['svg', 'SVG'],
  ['png', 'PNG'],
  ['drawio', '.drawio'],
  ['mmd', '.mmd'],
];

export interface DiagramActionsProps {
  disabled: boolean;
  inserts: InsertKind[];
  onInsert: (kind: InsertKind) => void;
  onDownload: (format: DiagramFormat) => void;
}

/** Insert where the host allows it (a slide of shapes or shapes on the current slide in PowerPoint, a picture in Word), download everywhere. */
export function DiagramActions({ disabled, inserts, onInsert, onDownload }: DiagramActionsProps) {
  const t = useT();
  const s = useDiagramStyles();
  return (
    <div className={s.section}>
      {inserts.length > 0 && (
        <div className={s.row}>
          {inserts.map((k, i) => (
            <Button key={k} appearance={i === 0 ? 'primary' : 'secondary'} disabled={disabled} onClick={() => onInsert(k)}>
              {t(INSERT_LABEL[k])}
            </Button>
          ))}
        </div>
      )}
      <div className={s.row} role="group" aria-label={t('diagram.panel.export')}>
        {DOWNLOADS.map(([f, label]) => (
          <Button
            key={f}
            size="small"
            appearance={inserts.length || f !== 'pptx' ? 'secondary' : 'primary'}
            disabled={disabled}
            aria-label={t('diagram.panel.downloadAs', { format: label })}
            onClick={() => onDownload(f)}
          >
            {label}
          </Button>
        ))}
      </div>
    </div>
  );
}

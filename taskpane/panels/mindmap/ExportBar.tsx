import { Button } from '@fluentui/react-components';
import { MIND_EXPORTERS, type MindFormat } from '../../../src/mindmap';
import { useT } from '../../hooks/useT';
import { useMindmapStyles } from './useMindmapStyles.styles';

export interface ExportBarProps {
  disabled: boolean;
  onExport: (format: MindFormat) => void;
  /** Present in Word and PowerPoint. */
  onInsert?: () => void;
}

/** One button per entry of the exporter table; each downloads a file. In Word and PowerPoint the map can also go in as a picture. */
export function ExportBar({ disabled, onExport, onInsert }: ExportBarProps) {
  const t = useT();
  const s = useMindmapStyles();
  return (
    <div className={s.row} role="group" aria-label={t('mindmap.panel.export')}>
      {onInsert && (
        <Button appearance="primary" disabled={disabled} onClick={onInsert}>
          {t('mindmap.panel.insertPicture')}
        </Button>
      )}
      {MIND_EXPORTERS.map((x) => (
        <Button key={x.id} size="small" disabled={disabled} aria-label={t('mindmap.panel.exportAs', { format: t(x.labelKey) })} onClick={() => onExport(x.id)}>
          {t(x.labelKey)}
        </Button>
      ))}
    </div>
  );
}

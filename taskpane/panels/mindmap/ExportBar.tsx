import { Button } from '@fluentui/react-components';
import { MIND_FORMATS, type MindFormat } from '../../../src/mindmap';
import { useT } from '../../hooks/useT';
import { useMindmapStyles } from './useMindmapStyles.styles';

const LABEL: Record<MindFormat, string> = { xmind: '.xmind', md: '.md', opml: 'OPML', svg: 'SVG', png: 'PNG', html: 'HTML' };

export interface ExportBarProps {
  disabled: boolean;
  onExport: (format: MindFormat) => void;
  /** Present in Word and PowerPoint. */
  onInsert?: () => void;
}

/** One button per format; each downloads a file. In Word and PowerPoint the map can also go in as a picture. */
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
      {MIND_FORMATS.map((f) => (
        <Button key={f} size="small" disabled={disabled} aria-label={t('mindmap.panel.exportAs', { format: LABEL[f] })} onClick={() => onExport(f)}>
          {LABEL[f]}
        </Button>
      ))}
    </div>
  );
}

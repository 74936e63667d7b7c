import { Field, Tab, TabList, Textarea } from '@fluentui/react-components';
import type { ClipboardEvent } from 'react';
import { useApp } from '../../../app/AppContext';
import { useSlidesStyles } from '../useSlidesStyles.styles';
import { OutlineEditor } from './OutlineEditor';

export type OutlineView = 'outline' | 'markdown';

export interface OutlineAreaProps {
  outline: string;
  onChange: (markdown: string) => void;
  view: OutlineView;
  onView: (view: OutlineView) => void;
  readOnly: boolean;
  prose: boolean;
}

const DRAFT_KEY = 'slides-outline';

// A paste into the empty Markdown box that has headings is an outline: it opens in the slide cards.
const HEADING = /^#{1,6}\s/m;

/**
 * The outline, edited as slide cards ("Outline") or as its Markdown text: two views of one text, so
 * switching never changes or loses anything. The panel chooses the cards once there is an outline.
 */
export function OutlineArea({ outline, onChange, view, onView, readOnly, prose }: OutlineAreaProps) {
  const { t } = useApp();
  const s = useSlidesStyles();
  const paste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = e.clipboardData.getData('text/plain');
    if (outline.trim() || readOnly || !HEADING.test(text)) return;
    e.preventDefault();
    onChange(text);
    onView('outline');
  };
  return (
    <section className={s.section} aria-label={t('outlineEditor.area')}>
      <TabList
        size="small"
        selectedValue={view}
        onTabSelect={(_e, d) => onView(d.value === 'outline' ? 'outline' : 'markdown')}
        aria-label={t('outlineEditor.views')}
      >
        <Tab value="outline">{t('outlineEditor.view.outline')}</Tab>
        <Tab value="markdown">{t('outlineEditor.view.markdown')}</Tab>
      </TabList>
      {view === 'outline' ? (
        <>
          <OutlineEditor markdown={outline} onChange={onChange} readOnly={readOnly} prose={prose} onShowMarkdown={() => onView('markdown')} />
          {/* The text itself, unseen, for a job draft kept over the reload a new provider address needs
              (taskpane/app/job-draft.ts): it comes back into the Markdown box, which has the same key. */}
          <textarea hidden data-draft={DRAFT_KEY} value={outline} onChange={(e) => onChange(e.target.value)} />
        </>
      ) : (
        <Field label={t('slides.outline.label')} hint={t('slides.outline.hint')}>
          <Textarea
            className={s.editor}
            rows={14}
            resize="vertical"
            value={outline}
            placeholder={t('slides.outline.placeholder')}
            onChange={(_e, d) => onChange(d.value)}
            onPaste={paste}
            data-draft={DRAFT_KEY}
            readOnly={readOnly}
          />
        </Field>
      )}
    </section>
  );
}

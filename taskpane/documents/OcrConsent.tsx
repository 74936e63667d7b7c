import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { OcrQuote } from '../../src/ocr/ocr-quote';
import { useT } from '../hooks/useT';

/** The question before a scan is uploaded: what it is, how many pages, what it costs. Nothing is sent without a yes. */
export function OcrConsent({ quote, onAnswer }: { quote: OcrQuote; onAnswer: (yes: boolean) => void }) {
  const t = useT();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="ocr-consent">
      <MessageBarBody>{t('pdf.ocr.ask', { name: quote.name, pages: quote.pages, price: quote.price })}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={() => onAnswer(true)}>
          {t('pdf.ocr.agree', { price: quote.price })}
        </Button>
        <Button size="small" onClick={() => onAnswer(false)}>
          {t('pdf.ocr.decline')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

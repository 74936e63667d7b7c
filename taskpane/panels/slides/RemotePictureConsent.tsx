import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useApp } from '../../app/AppContext';

/**
 * Asked before Insert or Download when the outline names pictures on other sites: the sites by name,
 * fetched only if the user says so. Leaving them out puts a labelled frame in their place.
 */
export function RemotePictureConsent({ hosts, onFetch, onSkip }: { hosts: string[]; onFetch: () => void; onSkip: () => void }) {
  const { t } = useApp();
  const list = hosts.join(', ');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="picture-consent">
      <MessageBarBody>{t('slides.pictures.ask', { hosts: list })}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onFetch}>
          {t('slides.pictures.fetch', { hosts: list })}
        </Button>
        <Button size="small" appearance="primary" onClick={onSkip}>
          {t('slides.pictures.skip')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

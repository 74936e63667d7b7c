import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../app/AppContext';
import { useTask } from '../hooks/useTask';
import { ErrorBar } from '../components/ErrorBar';
import { useDocumentsStyles } from './useDocumentsStyles.styles';
import { toolEndpointFor } from '../../src/tools/endpoint';
import { EmptyInputError } from '../../src/errors';

/**
 * "总结这个网页": a web address read as a document through DeepSeek's Fetch API — only when the user presses
 * Read page (a pasted link is never fetched by itself). The page comes back as Markdown under its title.
 */
export function UrlReader({ onRead, id, initialUrl = '' }: { onRead: (markdown: string, url: string) => void; id: string; initialUrl?: string }) {
  const { t, llm } = useApp();
  const s = useDocumentsStyles();
  const [url, setUrl] = useState(initialUrl);
  const task = useTask(async (signal) => {
    const { deepseekFetch, checkLink } = await import('../../src/tools/fetch-api');
    const link = checkLink(url);
    const page = await deepseekFetch(toolEndpointFor(llm), link, { signal });
    const body = page.content.trim();
    if (!body) throw new EmptyInputError('url.error.empty', { url: link });
    onRead(page.title && !body.startsWith('# ') ? `# ${page.title}\n\n${body}` : body, link);
  });
  return (
    <div className={s.section}>
      <div className={s.row}>
        <Field label={t('url.label')} hint={t('url.hint')} className={s.grow}>
          <Input id={id} type="url" value={url} placeholder={t('url.placeholder')} onChange={(_e, d) => setUrl(d.value)} />
        </Field>
        <Button disabled={!url.trim() || task.running} onClick={() => void task.run()}>
          {task.running ? <Spinner size="extra-tiny" /> : t('url.read.button')}
        </Button>
      </div>
      <ErrorBar error={task.error} />
    </div>
  );
}

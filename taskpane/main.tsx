import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectHost } from './host/detect-host';

// Office.onReady is called exactly once, in detectHost; panels read the result from the app context.
void detectHost().then((host) => {
  document.documentElement.lang = host.displayLanguage;
  createRoot(document.getElementById('root')!).render(<App host={host} />);
});

import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installConnectPolicy } from './app/connect-policy';
import { detectHost, looksLikeOffice, standaloneHost } from './host/detect-host';
import { loadSettings } from './settings/settings-store';
import type { HostInfo } from './host/host-kind';
import { layoutInWorker } from './panels/diagram/elk-in-worker';

// Diagram layouts (the Diagram panel, diagram slides, the agent) run off the page's main thread.
layoutInWorker();

const root = createRoot(document.getElementById('root')!);
let shown: HostInfo['kind'] | undefined;
function show(host: HostInfo) {
  // Before any panel can make a request: the pane may connect only to what the saved settings name.
  // (Inside Office the settings are read after onReady: their storage key carries Office's partition key.)
  installConnectPolicy(loadSettings().llm);
  shown = host.kind;
  document.documentElement.lang = host.displayLanguage;
  // A new host is a new app (panels, settings partition): remount rather than patch.
  root.render(<App key={host.kind} host={host} />);
}

// A plain browser tab paints now, in standalone mode, while office.js keeps loading in the background.
// Inside Office the pane waits for Office.onReady (called exactly once, in detectHost) before it renders,
// so no panel can call the host early; panels read the result from the app context.
const inOffice = looksLikeOffice();
if (!inOffice) show(standaloneHost());
void detectHost().then((host) => {
  // Inside Office: the first render. In a tab: only if office.js found a host after all.
  if (inOffice || host.kind !== shown) show(host);
});

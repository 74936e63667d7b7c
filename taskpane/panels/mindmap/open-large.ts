// "Open large": the map in Office's dialog, or in a new tab when the pane runs in a browser tab.
import { officeDialogCanSend, officeDialogSupported, openOfficeDialog } from '../../../src/office/dialog';
import type { HostKind } from '../../host/host-kind';
import { mapViewUrl, storeHandoff, type MapHandoff } from './map-handoff';

export async function openMapLarge(host: HostKind, handoff: MapHandoff): Promise<'dialog' | 'tab'> {
  const json = JSON.stringify(handoff);
  if (host !== 'standalone' && officeDialogSupported()) {
    // DialogApi 1.2 sends the map to the dialog; before it, the dialog reads the copy in storage.
    if (!officeDialogCanSend()) storeHandoff(json);
    await openOfficeDialog(mapViewUrl(), json);
    return 'dialog';
  }
  storeHandoff(json);
  window.open(mapViewUrl(), '_blank', 'noopener');
  return 'tab';
}

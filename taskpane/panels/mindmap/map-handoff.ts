// What the Mind map panel hands the large view (taskpane/map-view.html): the drawn tree (markmap's JSON,
// no pictures' bytes), the language and the theme. In a browser tab the new tab reads it from storage; in
// Office the dialog is sent it too (src/office/dialog.ts), since a dialog's storage may be partitioned.
import type { IPureNode } from 'markmap-common';
import type { Locale } from '../../../src/locales/types';

export interface MapHandoff {
  v: 1;
  node: IPureNode;
  title: string;
  locale: Locale;
  dark: boolean;
}

export const HANDOFF_KEY = 'dsplus.mapView';

/** The large view's address, next to the pane's own page (the same folder in the build and in `npm start`). */
export function mapViewUrl(): string {
  return new URL('map-view.html', location.href.split(/[?#]/)[0]).href;
}

export function storeHandoff(json: string): void {
  try {
    localStorage.setItem(HANDOFF_KEY, json);
  } catch {
    /* storage full or blocked: the large view says there is no map to show */
  }
}

/** The hand-over, if it is one (anything else in storage or a message is ignored). */
export function parseHandoff(json: string | null): MapHandoff | null {
  if (!json) return null;
  try {
    const h = JSON.parse(json) as Partial<MapHandoff>;
    return h && h.v === 1 && h.node && typeof h.node === 'object' && typeof h.title === 'string' ? (h as MapHandoff) : null;
  } catch {
    return null;
  }
}

export function readHandoff(): MapHandoff | null {
  try {
    return parseHandoff(localStorage.getItem(HANDOFF_KEY));
  } catch {
    return null;
  }
}

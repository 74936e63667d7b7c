/** Where the pane runs. 'standalone' is a plain browser tab: documents are pasted or opened, results downloaded. */
export type HostKind = 'word' | 'excel' | 'powerpoint' | 'standalone';

export interface HostInfo {
  kind: HostKind;
  /** Office's display language (e.g. "zh-CN"), or the browser's in standalone mode. */
  displayLanguage: string;
  /** Office theme is dark (from Office.context.officeTheme), or the browser prefers dark. */
  dark: boolean;
  /** Office.context.requirements.isSetSupported, or always false in standalone mode. */
  isSetSupported: (name: string, version: string) => boolean;
}

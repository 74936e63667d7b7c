import type { HtmlAssets } from '../../../src/mindmap';

/** d3 and markmap-view as text for the offline HTML, loaded only when someone exports one. d3's package
 * exports hide its dist/ folder, hence the path into node_modules. */
export async function loadHtmlAssets(): Promise<HtmlAssets> {
  const [d3, view] = await Promise.all([import('../../../node_modules/d3/dist/d3.min.js?raw'), import('markmap-view/dist/browser/index.js?raw')]);
  return { d3: d3.default, markmapView: view.default };
}

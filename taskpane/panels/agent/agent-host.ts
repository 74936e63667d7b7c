// The panel's door to the open document: the host's agent tools, loaded only inside that host (the
// Office adapters never load in a browser tab).
import type { AgentHost } from '../../../src/agent/host';
import type { DiagramLayout } from '../../../src/diagram/types';
import type { ToolProtocol, ToolSupportStore } from '../../../src/agent/tool-support';
import type { HostKind } from '../../host/host-kind';

export async function loadAgentHost(kind: HostKind, isSetSupported: (name: string, version: string) => boolean): Promise<AgentHost | null> {
  if (kind === 'excel') {
    const [{ officeWorkbook }, { workbookHost }] = await Promise.all([import('../../../src/office/agent-excel'), import('../../../src/agent/excel')]);
    return workbookHost(officeWorkbook(isSetSupported));
  }
  if (kind === 'powerpoint') {
    const [{ officeSlides }, { powerpointHost }] = await Promise.all([import('../../../src/office/agent-powerpoint'), import('../../../src/agent/powerpoint')]);
    return powerpointHost(officeSlides(isSetSupported));
  }
  if (kind === 'word') {
    const [{ officeWord }, { wordHost }] = await Promise.all([import('../../../src/office/agent-word'), import('../../../src/agent/word')]);
    return wordHost(officeWord(isSetSupported), { diagramPng });
  }
  return null;
}

/** A diagram as a PNG drawn by the pane's canvas (the browser's fonts render Chinese), small enough to insert. */
async function diagramPng(layout: DiagramLayout): Promise<{ base64: string; width: number; height: number }> {
  const [{ diagramToSvg }, { pngForInsertAt, svgToPngBlob }, { pngScale }] = await Promise.all([
    import('../../../src/diagram/render-svg'),
    import('../../components/rasterize-svg'),
    import('../../../src/mindmap/png-scale'),
  ]);
  const { svg, width, height } = diagramToSvg(layout);
  return { base64: await pngForInsertAt((scale) => svgToPngBlob(svg, width, height, pngScale(width, height, scale))), width, height };
}

const KEY = 'dsplus.agent.toolSupport.v1';

/** What the function-calling probe found, per server and model, kept in browser storage. */
export const browserToolSupport: ToolSupportStore = {
  get(key) {
    try {
      const v = (JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ToolProtocol>)[key];
      return v === 'native' || v === 'text' ? v : undefined;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    try {
      const all = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ToolProtocol>;
      all[key] = value;
      localStorage.setItem(KEY, JSON.stringify(all));
    } catch {
      // Storage full or blocked: the probe simply runs again next time.
    }
  },
};

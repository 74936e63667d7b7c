import type { OfficeMockObject } from 'office-addin-mock';

/**
 * An office-addin-mock workbook installed as the global `Excel`. Ranges the adapter asks for by index are
 * new mock objects, not part of the tree; a real context.sync fills them too, so here `sync` syncs every
 * object in `created` after the tree.
 */
export function installExcelMock(mock: OfficeMockObject, created: readonly OfficeMockObject[]): void {
  const ctx = (mock as unknown as { context: OfficeMockObject }).context;
  const syncTree = ctx.sync.bind(ctx);
  (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
    await syncTree();
    for (const o of created) await o.sync();
  };
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
}

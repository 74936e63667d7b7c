/** What loadChildren needs of an Office.js collection: `load` and, after a sync, `items`. */
interface Loadable<T> {
  load(props: string): unknown;
  readonly items: T[];
}

/**
 * A collection's items and each item's child collection (a slide's shapes, a master's layouts), loaded in
 * two syncs: the items first, then every child collection at once.
 */
export async function loadChildren<T, C>(
  context: { sync(): Promise<unknown> },
  collection: Loadable<T>,
  props: string,
  child: (item: T) => Loadable<C>,
  childProps: string,
): Promise<{ items: T[]; children: Loadable<C>[] }> {
  collection.load(props);
  await context.sync();
  const children = collection.items.map((item) => {
    const c = child(item);
    c.load(childProps);
    return c;
  });
  await context.sync();
  return { items: collection.items, children };
}

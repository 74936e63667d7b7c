import type { Box } from '../types';
import { attr, child, children, descendants, NS, numAttr, path } from './xml';

// Placeholders as a master or layout writes them, and the inheritance PowerPoint applies: a layout's
// placeholder takes what it leaves out (position, insets, text size) from the master's placeholder of
// the matching kind, and text size finally from the master's text styles.

export const EMU_PER_IN = 914400;
const EMU_PER_PT = 12700;

export interface RawPlaceholder {
  type: string;
  idx: number;
  typeWritten: boolean;
  idxWritten: boolean;
  name: string;
  box: Box | null;
  sizePt: number | null;
  color: Element | null;
  insets: Partial<Record<'l' | 't' | 'r' | 'b', number>>;
  vertical: boolean | null;
  /** Level-1 paragraph alignment (l, ctr, r, just) and the text anchor (t, ctr, b), when written here. */
  align: string | null;
  anchor: string | null;
  text: string;
}

export function xfrmBox(xfrm: Element | null): Box | null {
  const off = child(xfrm, NS.a, 'off');
  const ext = child(xfrm, NS.a, 'ext');
  const x = numAttr(off, 'x');
  const y = numAttr(off, 'y');
  const cx = numAttr(ext, 'cx');
  const cy = numAttr(ext, 'cy');
  if (x === null || y === null || cx === null || cy === null || cx <= 0 || cy <= 0) return null;
  return { x: x / EMU_PER_IN, y: y / EMU_PER_IN, w: cx / EMU_PER_IN, h: cy / EMU_PER_IN };
}

/** Level-1 run properties of a list style (a:lstStyle or p:titleStyle/bodyStyle). */
export function level1RunProps(listStyle: Element | null): Element | null {
  return path(listStyle, NS.a, 'lvl1pPr', 'defRPr');
}

export function runSizePt(rPr: Element | null): number | null {
  const sz = numAttr(rPr, 'sz');
  return sz !== null && sz > 0 ? sz / 100 : null;
}

export function readPlaceholders(root: Element): RawPlaceholder[] {
  const tree = path(root, NS.p, 'cSld', 'spTree');
  return children(tree, NS.p, 'sp').flatMap((sp): RawPlaceholder[] => {
    const ph = path(sp, NS.p, 'nvSpPr', 'nvPr', 'ph');
    if (!ph) return [];
    const bodyPr = child(path(sp, NS.p, 'txBody'), NS.a, 'bodyPr');
    const insets: RawPlaceholder['insets'] = {};
    for (const [k, a] of [
      ['l', 'lIns'],
      ['t', 'tIns'],
      ['r', 'rIns'],
      ['b', 'bIns'],
    ] as const) {
      const v = numAttr(bodyPr, a);
      if (v !== null) insets[k] = v / EMU_PER_PT;
    }
    const vert = attr(bodyPr, 'vert');
    const lstStyle = child(path(sp, NS.p, 'txBody'), NS.a, 'lstStyle');
    const rPr = level1RunProps(lstStyle);
    const text = descendants(path(sp, NS.p, 'txBody'), NS.a, 't')
      .map((t) => t.textContent ?? '')
      .join('')
      .trim();
    return [
      {
        type: attr(ph, 'type') ?? 'obj',
        idx: numAttr(ph, 'idx') ?? 0,
        typeWritten: ph.hasAttribute('type'),
        idxWritten: ph.hasAttribute('idx'),
        name: attr(path(sp, NS.p, 'nvSpPr', 'cNvPr'), 'name') ?? '',
        box: xfrmBox(child(path(sp, NS.p, 'spPr'), NS.a, 'xfrm')),
        sizePt: runSizePt(rPr),
        color: child(rPr, NS.a, 'solidFill'),
        insets,
        vertical: vert === null ? null : vert !== 'horz',
        align: attr(child(lstStyle, NS.a, 'lvl1pPr'), 'algn'),
        anchor: attr(bodyPr, 'anchor'),
        text,
      },
    ];
  });
}

/** The master placeholder a layout placeholder of this type inherits from. */
export function masterKindOf(type: string): string {
  if (type === 'title' || type === 'ctrTitle') return 'title';
  if (type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'hdr') return type;
  return 'body';
}

export function textStyleOf(type: string): 'titleStyle' | 'bodyStyle' | 'otherStyle' {
  const k = masterKindOf(type);
  return k === 'title' ? 'titleStyle' : k === 'body' ? 'bodyStyle' : 'otherStyle';
}

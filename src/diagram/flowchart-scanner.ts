import type { ArrowEnd, EdgeStroke, NodeShape } from './types';
import { labelText } from './label-text';

// A scanner for one flowchart statement: `A[text] --> |label| B & C`, chained as far as it goes.
// It returns null instead of guessing when the statement is not one it understands.

export interface NodeRef {
  id: string;
  /** Present when the statement gave the node a shape or a label. */
  label?: string;
  shape?: NodeShape;
  /** `A:::className` was written (styling is ignored). */
  styled?: boolean;
}

export interface LinkRef {
  stroke: EdgeStroke;
  start: ArrowEnd;
  end: ArrowEnd;
  label: string;
}

export interface Statement {
  /** Groups of nodes joined by `&`, in order; a link joins every node of one group to every node of the next. */
  groups: NodeRef[][];
  links: LinkRef[];
}

const OPENERS: Array<[open: string, closers: Array<[string, NodeShape]>]> = [
  ['(((', [[')))', 'doubleCircle']]],
  ['((', [['))', 'circle']]],
  ['([', [['])', 'stadium']]],
  ['[[', [[']]', 'subroutine']]],
  ['[(', [[')]', 'cylinder']]],
  [
    '[/',
    [
      ['/]', 'parallelogram'],
      ['\\]', 'trapezoid'],
    ],
  ],
  [
    '[\\',
    [
      ['\\]', 'parallelogramAlt'],
      ['/]', 'trapezoidAlt'],
    ],
  ],
  ['{{', [['}}', 'hexagon']]],
  ['(', [[')', 'round']]],
  ['[', [[']', 'rect']]],
  ['{', [['}', 'diamond']]],
  ['>', [[']', 'asymmetric']]],
];

/** Mermaid v11 `A@{ shape: … }` names → our shapes (the common ones). */
const NAMED_SHAPES: Record<string, NodeShape> = {
  rect: 'rect',
  rectangle: 'rect',
  proc: 'rect',
  process: 'rect',
  rounded: 'round',
  event: 'round',
  stadium: 'stadium',
  pill: 'stadium',
  terminal: 'stadium',
  subproc: 'subroutine',
  subroutine: 'subroutine',
  'framed-rectangle': 'subroutine',
  cyl: 'cylinder',
  cylinder: 'cylinder',
  database: 'cylinder',
  db: 'cylinder',
  circle: 'circle',
  circ: 'circle',
  'dbl-circ': 'doubleCircle',
  'double-circle': 'doubleCircle',
  diam: 'diamond',
  diamond: 'diamond',
  decision: 'diamond',
  question: 'diamond',
  hex: 'hexagon',
  hexagon: 'hexagon',
  prepare: 'hexagon',
  'lean-r': 'parallelogram',
  'in-out': 'parallelogram',
  'lean-l': 'parallelogramAlt',
  'out-in': 'parallelogramAlt',
  'trap-b': 'trapezoid',
  priority: 'trapezoid',
  'trap-t': 'trapezoidAlt',
  manual: 'trapezoidAlt',
  odd: 'asymmetric',
};

const ID_STOP = new Set([...' \t[](){}<>|&;:"`,@'.split(''), '\u3000']);

const SOLID = /([xo<]?)(--+)([-xo>])/y;
const THICK = /([xo<]?)(==+)([=xo>])/y;
const DOTTED = /([xo<]?)(-?\.+-)([xo>]?)/y;
const INVISIBLE = /~~~+/y;
const START_TEXT = /([xo<]?)(--|==|-\.)(?=\s)/y;
const CLOSE: Record<string, RegExp> = { '--': /(--+)([-xo>])/g, '==': /(==+)([=xo>])/g, '-.': /(\.+-)([xo>]?)/g };
const EDGE_ID = /[A-Za-z_][\w-]*@(?=[-=.~<xo])/y;

function endOf(c: string, start: boolean): ArrowEnd {
  if (c === 'x') return 'cross';
  if (c === 'o') return 'circle';
  if (c === '>' || (start && c === '<')) return 'arrow';
  return 'none';
}

export class FlowScanner {
  i = 0;
  constructor(readonly s: string) {}

  private skipSpace(): void {
    while (this.i < this.s.length && (this.s[this.i] === ' ' || this.s[this.i] === '\t' || this.s[this.i] === '\u3000')) this.i++;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.i >= this.s.length;
  }

  /** A whole statement up to `;` or the end, or null when any part of it is not understood. */
  statement(): Statement | null {
    const first = this.nodeGroup();
    if (!first) return null;
    const st: Statement = { groups: [first], links: [] };
    for (;;) {
      const save = this.i;
      this.skipSpace();
      const link = this.link();
      if (!link) {
        this.i = save;
        break;
      }
      this.skipSpace();
      const next = this.nodeGroup();
      if (!next) return null;
      st.links.push(link);
      st.groups.push(next);
    }
    this.skipSpace();
    if (this.s[this.i] === ';') this.i++;
    else if (this.i < this.s.length) return null;
    return st;
  }

  private nodeGroup(): NodeRef[] | null {
    const out: NodeRef[] = [];
    for (;;) {
      this.skipSpace();
      const n = this.node();
      if (!n) return null;
      out.push(n);
      const save = this.i;
      this.skipSpace();
      if (this.s[this.i] === '&') {
        this.i++;
        continue;
      }
      this.i = save;
      return out;
    }
  }

  private id(): string {
    const s = this.s;
    const from = this.i;
    while (this.i < s.length) {
      const c = s[this.i];
      if (ID_STOP.has(c)) break;
      if (c === '-' || c === '.' || c === '=' || c === '~') {
        // Inside an id (`my-node`, `v1.2`) but never the start of a link (`-->`, `-.-`, `==>`).
        const next = s[this.i + 1] ?? '';
        if (this.i === from || /[-.=~>\s]/.test(next) || next === '') break;
      }
      this.i++;
    }
    return s.slice(from, this.i);
  }

  private node(): NodeRef | null {
    const id = this.id();
    if (!id) return null;
    const ref: NodeRef = { id };
    const s = this.s;
    if (s.startsWith('@{', this.i)) {
      const close = s.indexOf('}', this.i);
      if (close < 0) return null;
      const body = s.slice(this.i + 2, close);
      this.i = close + 1;
      const shape = /\bshape\s*:\s*["']?([\w-]+)/.exec(body)?.[1];
      const label = /\blabel\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,}]+))/.exec(body);
      if (shape) ref.shape = NAMED_SHAPES[shape.toLowerCase()] ?? 'rect';
      if (label) ref.label = labelText(label[1] ?? label[2] ?? label[3] ?? '');
      ref.shape ??= 'rect';
    } else {
      const shaped = this.shape();
      if (shaped === null) return null;
      if (shaped) {
        ref.shape = shaped.shape;
        ref.label = shaped.label;
      }
    }
    if (s.startsWith(':::', this.i)) {
      this.i += 3;
      this.id();
      ref.styled = true;
    }
    return ref;
  }

  /** undefined: no shape here; null: a shape that never closes. */
  private shape(): { shape: NodeShape; label: string } | null | undefined {
    const s = this.s;
    const opener = OPENERS.find(([open]) => s.startsWith(open, this.i));
    if (!opener) return undefined;
    const [open, closers] = opener;
    let p = this.i + open.length;
    while (s[p] === ' ') p++;
    if (s[p] === '"') {
      const q = s.indexOf('"', p + 1);
      if (q < 0) return null;
      let after = q + 1;
      while (s[after] === ' ') after++;
      const c = closers.find(([close]) => s.startsWith(close, after));
      if (!c) return null;
      this.i = after + c[0].length;
      return { shape: c[1], label: labelText(s.slice(p, q + 1)) };
    }
    let best: { at: number; close: string; shape: NodeShape } | null = null;
    for (const [close, shape] of closers) {
      const at = s.indexOf(close, p);
      if (at >= 0 && (!best || at < best.at)) best = { at, close, shape };
    }
    if (!best) return null;
    this.i = best.at + best.close.length;
    return { shape: best.shape, label: labelText(s.slice(p, best.at)) };
  }

  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (m) this.i = re.lastIndex;
    return m;
  }

  private link(): LinkRef | null {
    const save = this.i;
    this.sticky(EDGE_ID);
    const link = this.plainLink() ?? this.textLink();
    if (!link) {
      this.i = save;
      return null;
    }
    const pipe = /\s*\|/y;
    pipe.lastIndex = this.i;
    if (pipe.test(this.s)) {
      const close = this.s.indexOf('|', pipe.lastIndex);
      if (close < 0) return null;
      link.label = labelText(this.s.slice(pipe.lastIndex, close));
      this.i = close + 1;
    }
    return link;
  }

  private plainLink(): LinkRef | null {
    const save = this.i;
    if (this.sticky(INVISIBLE)) return { stroke: 'invisible', start: 'none', end: 'none', label: '' };
    for (const [re, stroke] of [
      [SOLID, 'solid'],
      [THICK, 'thick'],
      [DOTTED, 'dotted'],
    ] as const) {
      this.i = save;
      const m = this.sticky(re);
      if (!m) continue;
      return { stroke, start: endOf(m[1], true), end: endOf(m[3], false), label: '' };
    }
    this.i = save;
    return null;
  }

  private textLink(): LinkRef | null {
    const start = this.sticky(START_TEXT);
    if (!start) return null;
    const kind = start[2];
    const re = CLOSE[kind];
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (!m) return null;
    const label = labelText(this.s.slice(this.i, m.index));
    this.i = m.index + m[0].length;
    const stroke: EdgeStroke = kind === '==' ? 'thick' : kind === '-.' ? 'dotted' : 'solid';
    return { stroke, start: endOf(start[1], true), end: endOf(m[2], false), label };
  }
}

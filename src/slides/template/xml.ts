import { DOMParser } from '@xmldom/xmldom';
import { templateUnreadable } from './errors';

// A few namespace-aware DOM helpers. Templates come from PowerPoint, WPS, LibreOffice, Keynote and
// Google Slides; they agree on namespaces, not on prefixes, so every lookup is by namespace URI.

export const NS = {
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export function parseXml(text: string, part: string, file: string): Document {
  let failed = false;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: () => (failed = true),
      fatalError: () => (failed = true),
    },
  }).parseFromString(text, 'application/xml');
  if (failed || !doc.documentElement) throw templateUnreadable(file, part);
  return doc;
}

/** Direct children in namespace `ns` with local name `name` (or any name). */
export function children(el: Element | null | undefined, ns: string, name?: string): Element[] {
  const out: Element[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (e.namespaceURI === ns && (name === undefined || e.localName === name)) out.push(e);
  }
  return out;
}

export function child(el: Element | null | undefined, ns: string, name: string): Element | null {
  return children(el, ns, name)[0] ?? null;
}

/** Follows a path of child names in one namespace: path(sp, NS.p, 'nvSpPr', 'nvPr', 'ph'). */
export function path(el: Element | null | undefined, ns: string, ...names: string[]): Element | null {
  let cur: Element | null = el ?? null;
  for (const n of names) cur = child(cur, ns, n);
  return cur;
}

/** Every descendant in `ns` with local name `name`, in document order. */
export function descendants(el: Element | Document | null | undefined, ns: string, name: string): Element[] {
  if (!el) return [];
  const list = el.getElementsByTagNameNS(ns, name);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

export function attr(el: Element | null | undefined, name: string): string | null {
  if (!el || !el.hasAttribute(name)) return null;
  return el.getAttribute(name);
}

export function numAttr(el: Element | null | undefined, name: string): number | null {
  const v = attr(el, name);
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, LF, CR): dropped, not escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

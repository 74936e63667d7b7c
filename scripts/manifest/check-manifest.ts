import { DOMParser } from '@xmldom/xmldom';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as R from './rules';

type El = Element;

/** Checks a manifest offline; returns one sentence per problem (an empty list means it passed). */
export function checkManifest(xml: string, baseDir: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (msg: string) => problems.push(`XML is not well-formed: ${msg}`),
      error: (msg: string) => problems.push(`XML is not well-formed: ${msg}`),
      fatalError: (msg: string) => problems.push(`XML is not well-formed: ${msg}`),
    },
  }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement as unknown as El | null;
  if (!root || problems.length) return problems.length ? problems : ['XML is not well-formed: no root element'];
  if (root.localName !== 'OfficeApp') return [`the root element is <${root.localName}>, expected <OfficeApp>`];
  if (root.namespaceURI !== 'http://schemas.microsoft.com/office/appforoffice/1.1')
    problems.push(`OfficeApp namespace is ${root.namespaceURI}, expected http://schemas.microsoft.com/office/appforoffice/1.1`);
  if (xsiType(root) !== 'TaskPaneApp') problems.push(`OfficeApp xsi:type is "${xsiType(root)}", expected "TaskPaneApp"`);

  const top = children(root);
  checkSequence('OfficeApp', top, R.TASKPANE_APP_ORDER, problems, true);
  for (const name of R.TASKPANE_APP_REQUIRED) if (!top.some((e) => e.localName === name)) problems.push(`<${name}> is required in <OfficeApp>`);

  const text = (name: string) => top.find((e) => e.localName === name)?.textContent?.trim() ?? '';
  if (text('Id') && !R.GUID.test(text('Id'))) problems.push(`<Id> "${text('Id')}" is not a GUID`);
  if (text('Version') && !R.VERSION.test(text('Version'))) problems.push(`<Version> "${text('Version')}" must be n[.n[.n[.n]]]`);
  if (text('Permissions') && !(R.PERMISSIONS as readonly string[]).includes(text('Permissions')))
    problems.push(`<Permissions> "${text('Permissions')}" is not one of ${R.PERMISSIONS.join(', ')}`);
  for (const [name, max] of [
    ['DisplayName', 125],
    ['Description', 250],
  ] as const) {
    const v = top.find((e) => e.localName === name)?.getAttribute('DefaultValue');
    if (v !== undefined && v !== null && (v.length === 0 || v.length > max)) problems.push(`<${name}> DefaultValue must be 1–${max} characters`);
  }

  const declaredHosts = all(root, 'Host')
    .filter((h) => h.parentNode && (h.parentNode as El).parentNode === root)
    .map((h) => h.getAttribute('Name') ?? '');
  for (const h of declaredHosts)
    if (!(R.MANIFEST_HOSTS as readonly string[]).includes(h)) problems.push(`<Host Name="${h}"> is not a known host (${R.MANIFEST_HOSTS.join(', ')})`);

  // Every URL Office loads must be https.
  for (const el of all(root, '*')) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && isUrlElement(el) && !v.startsWith('https://')) problems.push(`<${el.localName}> ${attr}="${v}" must be an https:// URL`);
    }
  }
  for (const d of all(root, 'AppDomain'))
    if (!/^https:\/\/[^\s/]+$/.test(d.textContent?.trim() ?? '')) problems.push(`<AppDomain> "${d.textContent}" must be https://host[:port] with no path`);

  // SourceLocation in DefaultSettings and icons.
  const source = all(root, 'SourceLocation').find((e) => (e.parentNode as El)?.localName === 'DefaultSettings');
  if (!source?.getAttribute('DefaultValue')) problems.push('<DefaultSettings><SourceLocation DefaultValue="…"> is required');
  checkIcon(top.find((e) => e.localName === 'IconUrl')?.getAttribute('DefaultValue'), 32, 'IconUrl', baseDir, problems);
  checkIcon(top.find((e) => e.localName === 'HighResolutionIconUrl')?.getAttribute('DefaultValue'), 64, 'HighResolutionIconUrl', baseDir, problems);

  const vo = top.find((e) => e.localName === 'VersionOverrides');
  if (vo) checkVersionOverrides(vo, declaredHosts, baseDir, problems);
  return problems;
}

function checkVersionOverrides(vo: El, declaredHosts: string[], baseDir: string, problems: string[]): void {
  for (const el of [vo, ...all(vo, '*')]) {
    const order = R.CHILD_ORDER[el.localName];
    if (order) checkSequence(el.localName, children(el), order, problems, false);
  }
  // Resource tables: ids unique, strings within limits, images at their declared sizes.
  const tables = new Map<string, Map<string, El>>();
  for (const table of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    const m = new Map<string, El>();
    for (const t of all(vo, table)) {
      for (const item of children(t)) {
        const id = item.getAttribute('id') ?? '';
        if (m.has(id)) problems.push(`resource id "${id}" is defined twice in <bt:${table}>`);
        m.set(id, item);
        const v = item.getAttribute('DefaultValue') ?? '';
        if (table === 'ShortStrings' && v.length > R.MAX_SHORT_STRING) problems.push(`short string "${id}" is over ${R.MAX_SHORT_STRING} characters`);
        if (table === 'LongStrings' && v.length > R.MAX_LONG_STRING) problems.push(`long string "${id}" is over ${R.MAX_LONG_STRING} characters`);
      }
    }
    tables.set(table, m);
  }
  for (const el of all(vo, '*')) {
    const resid = el.getAttribute('resid');
    if (!resid) continue;
    const table = R.RESID_TABLE[el.localName];
    if (!table) continue;
    const target = tables.get(table)?.get(resid);
    if (!target) {
      problems.push(`<${el.localName} resid="${resid}"> refers to no resource in <bt:${table}>`);
      continue;
    }
    if (el.localName === 'Image') {
      const size = Number(el.getAttribute('size'));
      if (!(R.ICON_SIZES as readonly number[]).includes(size))
        problems.push(`<bt:Image size="${el.getAttribute('size')}"> is not an allowed icon size (${R.ICON_SIZES.join(', ')})`);
      else checkIcon(target.getAttribute('DefaultValue'), size, `icon "${resid}"`, baseDir, problems);
    }
  }
  for (const icon of all(vo, 'Icon')) {
    const sizes = children(icon).map((i) => Number(i.getAttribute('size')));
    for (const need of R.REQUIRED_ICON_SIZES)
      if (!sizes.includes(need)) problems.push(`an <Icon> in <${(icon.parentNode as El).localName}> lacks the required ${need}px image`);
  }
  // Hosts, controls and actions.
  const ids = new Set<string>();
  for (const el of all(vo, '*')) {
    if ((el.localName === 'Control' || el.localName === 'Group') && el.getAttribute('id')) {
      const id = el.getAttribute('id')!;
      if (ids.has(id)) problems.push(`<${el.localName} id="${id}"> is not unique`);
      ids.add(id);
    }
  }
  for (const host of children(children(vo).find((e) => e.localName === 'Hosts') ?? vo).filter((e) => e.localName === 'Host')) {
    const type = xsiType(host);
    if (!(R.OVERRIDE_HOST_TYPES as readonly string[]).includes(type)) problems.push(`<Host xsi:type="${type}"> in VersionOverrides is not a known host type`);
    else if (type !== 'MailHost' && !declaredHosts.includes(type)) problems.push(`VersionOverrides host "${type}" is not declared in <Hosts>`);
    const hasFunctionFile = all(host, 'FunctionFile').length > 0;
    for (const action of all(host, 'Action')) {
      const at = xsiType(action);
      if (!(R.ACTION_TYPES as readonly string[]).includes(at)) problems.push(`<Action xsi:type="${at}"> is not ShowTaskpane or ExecuteFunction`);
      if (at === 'ExecuteFunction' && !hasFunctionFile) problems.push(`an ExecuteFunction action in host "${type}" needs a <FunctionFile>`);
      if (at === 'ExecuteFunction' && !all(action, 'FunctionName')[0]?.textContent?.trim()) problems.push('an ExecuteFunction action needs a <FunctionName>');
    }
  }
}

/** Icons are served from the project: map the URL's path to a file and read its PNG header. */
function checkIcon(url: string | null | undefined, size: number, what: string, baseDir: string, problems: string[]): void {
  if (!url) return;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    problems.push(`${what}: "${url}" is not a URL`);
    return;
  }
  const file = join(baseDir, decodeURIComponent(path));
  if (!existsSync(file)) {
    problems.push(`${what}: file ${path} does not exist`);
    return;
  }
  const dims = pngSize(readFileSync(file));
  if (!dims) problems.push(`${what}: ${path} is not a PNG`);
  else if (dims.width !== size || dims.height !== size) problems.push(`${what}: ${path} is ${dims.width}×${dims.height}, declared ${size}×${size}`);
}

export function pngSize(buf: Buffer): { width: number; height: number } | null {
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function checkSequence(parent: string, kids: El[], order: readonly string[], problems: string[], strict: boolean): void {
  let last = -1;
  for (const k of kids) {
    const i = order.indexOf(k.localName);
    if (i === -1) {
      if (strict) problems.push(`<${k.localName}> is not allowed in <${parent}>`);
      continue;
    }
    if (i < last) problems.push(`<${k.localName}> is out of order in <${parent}> (expected order: ${order.join(', ')})`);
    last = Math.max(last, i);
  }
}

function isUrlElement(el: El): boolean {
  return (
    ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url', 'Image'].includes(el.localName) ||
    (el.localName === 'Override' &&
      ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Url', 'Image'].includes((el.parentNode as El)?.localName ?? ''))
  );
}

function children(el: El): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as unknown as El);
  return out;
}

function all(el: El, name: string): El[] {
  return Array.from(el.getElementsByTagNameNS('*', name) as unknown as ArrayLike<El>);
}

function xsiType(el: El): string {
  return el.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type') ?? '';
}

import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkManifest } from '../../../scripts/manifest/check-manifest';

const good = readFileSync('manifest.xml', 'utf8');
const check = (xml: string, dir = '.') => checkManifest(xml, dir);

describe('offline manifest check', () => {
  it('passes the shipped manifest', () => {
    expect(check(good)).toEqual([]);
  });

  it('fails a misspelled host name', () => {
    const p = check(good.replace('<Host Name="Workbook"/>', '<Host Name="Workbok"/>'));
    expect(p.join('\n')).toMatch(/Host Name="Workbok".*not a known host/);
    expect(p.join('\n')).toMatch(/"Workbook" is not declared/);
  });

  it('fails an http source URL', () => {
    const p = check(
      good.replace(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane/index.html"/>',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane/index.html"/>',
      ),
    );
    expect(p).toContain('<SourceLocation> DefaultValue="http://localhost:3000/taskpane/index.html" must be an https:// URL');
  });

  it('fails a missing icon file and an icon of the wrong size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      cpSync('assets', join(dir, 'assets'), { recursive: true });
      rmSync(join(dir, 'assets/icon-80.png'));
      cpSync('assets/icon-32.png', join(dir, 'assets/icon-16.png'));
      const p = check(good, dir).join('\n');
      expect(p).toMatch(/icon "Icon\.80x80": file \/assets\/icon-80\.png does not exist/);
      expect(p).toMatch(/icon "Icon\.16x16": \/assets\/icon-16\.png is 32×32, declared 16×16/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails a resid that names no resource, and a duplicate resource id', () => {
    const p = check(
      good.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>').replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'),
    );
    expect(p.join('\n')).toMatch(/<Label resid="Group\.Lable"> refers to no resource in <bt:ShortStrings>/);
    expect(p.join('\n')).toMatch(/resource id "Commands\.Url" is defined twice/);
    expect(p.join('\n')).toMatch(/<SourceLocation resid="Taskpane\.Url"> refers to no resource/);
  });

  it('fails elements out of order, a missing required element and a bad GUID', () => {
    const swapped = good.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1');
    expect(check(swapped).join('\n')).toMatch(/<Version> is out of order in <OfficeApp>/);
    expect(check(good.replace(/<Permissions>[^<]*<\/Permissions>/, '')).join('\n')).toMatch(/<Permissions> is required/);
    expect(check(good.replace(/<Id>[^<]*<\/Id>/, '<Id>my-addin</Id>')).join('\n')).toMatch(/"my-addin" is not a GUID/);
  });

  it('fails XML that is not well-formed', () => {
    expect(check(good.replace('<ProviderName>', '<ProviderName')).join('\n')).toMatch(/not well-formed/);
  });

  it('writes a file-level report through npm run validate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      writeFileSync(join(dir, 'manifest.xml'), good.replace('ReadWriteDocument', 'Everything'));
      expect(check(readFileSync(join(dir, 'manifest.xml'), 'utf8'), '.').join('\n')).toMatch(/Permissions> "Everything" is not one of/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

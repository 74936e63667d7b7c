import { describe, expect, it } from 'vitest';
import { bundles, resolveLocale, translate } from '../../../src/locales';

describe('locale bundles', () => {
  it.each(Object.entries(bundles))('%s has the same keys in zh-CN and en-US, none empty', (_name, b) => {
    expect(Object.keys(b['zh-CN']).sort()).toEqual(Object.keys(b['en-US']).sort());
    for (const [k, v] of [...Object.entries(b['en-US']), ...Object.entries(b['zh-CN'])]) expect(v.trim(), k).not.toBe('');
  });

  it('no key is defined by two features (one would silently win)', () => {
    const seen = new Map<string, string>();
    for (const [name, b] of Object.entries(bundles)) {
      for (const k of Object.keys(b['en-US'])) {
        expect(seen.get(k), `${k} in ${name}`).toBeUndefined();
        seen.set(k, name);
      }
    }
  });

  it('keeps placeholders identical across languages', () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const b of Object.values(bundles))
      for (const k of Object.keys(b['en-US'])) expect(ph((b['zh-CN'] as Record<string, string>)[k]), k).toEqual(ph((b['en-US'] as Record<string, string>)[k]));
  });

  it('fills placeholders and follows the display language', () => {
    expect(translate('zh-CN', 'files.error.tooLarge', { size: '12.0', limit: 10 })).toBe('文件大小为 12.0 MB，上限为 10 MB。请拆分文件或只选择一部分。');
    expect(translate('en-US', 'app.mode.host', { host: 'Word' })).toBe('Connected to Word');
    expect(resolveLocale('zh-TW')).toBe('zh-CN');
    expect(resolveLocale('en-GB')).toBe('en-US');
    expect(resolveLocale(undefined)).toBe('en-US');
  });
});

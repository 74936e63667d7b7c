import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors';
import { bundles, isMessageKey, translate, variantKey, type KeySuffix, type MessageKey } from '../../../src/locales';
import { message, type Message } from '../../../src/messages';

// Message keys are typed against the en-US tables (src/locales/keys.ts): `npm run typecheck` compiles this
// file, so each `@ts-expect-error` below fails the type check the day a misspelt key is accepted again.
export function typedKeys(): Message[] {
  const ok: MessageKey = 'files.error.notFound';
  // @ts-expect-error a key no locale file defines
  const misspelt: MessageKey = 'files.error.notFuond';
  // @ts-expect-error `message()` takes only known keys
  const warning = message('slides.warn.noSuchWarning');
  // @ts-expect-error nor does an AppError
  const error = new AppError('error.noSuchError');
  // @ts-expect-error nor `translate`
  translate('en-US', 'ask.noSuchLabel');
  const tail: KeySuffix<'word.minutes.'> = 'attendees';
  // @ts-expect-error a tail the prefix does not have
  const badTail: KeySuffix<'word.minutes.'> = 'attendes';
  return [message(ok), { key: misspelt }, warning, message(error.key), message(`word.minutes.${tail}`), { key: `word.minutes.${badTail}` as MessageKey }];
}

const ROOTS = ['src', 'taskpane', 'commands'];
const KEY_LITERAL = /['"]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+)['"]/g;
const TEMPLATE_HEAD = /`([a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)*\.)\$\{/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'locales' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('message keys', () => {
  const en = new Set(Object.values(bundles).flatMap((b) => Object.keys(b['en-US'])));
  const zh = new Set(Object.values(bundles).flatMap((b) => Object.keys(b['zh-CN'])));
  const namespaces = new Set([...en].map((k) => k.split('.')[0]));
  const files = ROOTS.flatMap((r) => sourceFiles(r));

  it('every key written in src/, taskpane/ and commands/ exists in both locales', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(KEY_LITERAL)) {
        const key = m[1];
        // A job draft's field id (`data-draft="ask.question"`) is named like a key but is not one.
        if (text.slice(Math.max(0, m.index - 11), m.index) === 'data-draft=') continue;
        if (!namespaces.has(key.split('.')[0]) || /\.(ts|tsx|js|json|md|docx|xlsx|pptx|csv|txt|html|svg|png|xmind|opml)$/.test(key)) continue;
        seen++;
        if (!en.has(key) || !zh.has(key)) missing.push(`${f}: ${key}`);
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('every key built at run time (`prefix.${…}`) has a prefix the tables hold', () => {
    const missing: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(TEMPLATE_HEAD)) {
        const head = m[1];
        if (!namespaces.has(head.split('.')[0])) continue;
        if (![...en].some((k) => k.startsWith(head))) missing.push(`${f}: ${head}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('a key built from outside data is checked before use, and a variant falls back to the key', () => {
    expect(isMessageKey('files.reason.ENOSPC')).toBe(true);
    expect(isMessageKey('files.reason.EWHATEVER')).toBe(false);
    expect(variantKey('llm.error.auth', 'cli')).toBe('llm.error.auth.cli');
    expect(variantKey('llm.error.busy', 'cli')).toBe('llm.error.busy');
  });
});

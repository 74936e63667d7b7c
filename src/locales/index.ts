import type { Locale } from './types';
import common from './common';
import settings from './settings';
import ask from './ask';
import llm from './llm';
import slides from './slides';
import mindmap from './mindmap';
import word from './word';
import sheets from './sheets';
import markdown from './markdown';
import relay from './relay';
import diagram from './diagram';
import documents from './documents';
import web from './web';

export * from './types';

/** Every feature's bundle; one file per feature so features never edit each other's strings. */
export const bundles = { common, settings, ask, llm, slides, mindmap, word, sheets, markdown, relay, diagram, documents, web };

const tables: Record<Locale, Record<string, string>> = { 'en-US': {}, 'zh-CN': {} };
for (const b of Object.values(bundles)) {
  Object.assign(tables['en-US'], b['en-US']);
  Object.assign(tables['zh-CN'], b['zh-CN']);
}

export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders. An unknown key returns the key itself, visibly. */
export function translate(locale: Locale, key: string, params?: MessageParams): string {
  const template = tables[locale][key] ?? tables['en-US'][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function hasMessage(key: string): boolean {
  return key in tables['en-US'];
}

export type Translate = (key: string, params?: MessageParams) => string;

// The strings the shell, Settings and the first panel (Ask, with its web search) need, registered at start. Every other
// feature's strings arrive with its panel: panels/registry.ts loads src/locales (all bundles) together
// with each lazy panel, so the first load does not carry the slide, sheet, Word and mind-map texts.
import { addBundles } from '../../src/locales/catalog';
import common from '../../src/locales/common';
import settings from '../../src/locales/settings';
import ask from '../../src/locales/ask';
import llm from '../../src/locales/llm';
import web from '../../src/locales/web';
import documents from '../../src/locales/documents';

export const FIRST_LOAD_BUNDLES = { common, settings, ask, llm, web, documents };
addBundles(...Object.values(FIRST_LOAD_BUNDLES));

export { translate, type MessageParams } from '../../src/locales/catalog';
export { resolveLocale, type Locale } from '../../src/locales/types';

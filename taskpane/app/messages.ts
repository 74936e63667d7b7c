// The strings the shell and the home view need, registered at start. Every other feature's strings arrive
// with its panel (Ask and Settings too): panels/registry.ts loads src/locales (all bundles) together with
// each lazy panel, so the first load carries no feature's texts.
import { addBundles } from '../../src/locales/catalog';
import common from '../../src/locales/common';
import home from '../../src/locales/home';

export const FIRST_LOAD_BUNDLES = { common, home };
addBundles(...Object.values(FIRST_LOAD_BUNDLES));

export { translate, type MessageParams } from '../../src/locales/catalog';
export { resolveLocale, type Locale } from '../../src/locales/types';

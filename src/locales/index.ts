import { addBundles } from './catalog';
import common from './common';
import settings from './settings';
import ask from './ask';
import llm from './llm';
import slides from './slides';
import slidesTemplate from './slides-template';
import mindmap from './mindmap';
import writing from './writing';
import sheets from './sheets';
import sheetsSteps from './sheets-steps';
import markdown from './markdown';
import relay from './relay';
import diagram from './diagram';
import documents from './documents';
import web from './web';
import files from './files';
import agent from './agent';
import home from './home';
import setup from './setup';
import progress from './progress';
import recordForms from './record-forms';
import outlineEditor from './outline-editor';

export * from './types';
export * from './catalog';
export type { KeySuffix, MessageKey } from './keys';

/** Every feature's bundle; one file per feature so features never edit each other's strings. */
export const bundles = {
  common,
  settings,
  ask,
  llm,
  slides,
  slidesTemplate,
  mindmap,
  writing,
  sheets,
  sheetsSteps,
  markdown,
  relay,
  diagram,
  documents,
  web,
  files,
  agent,
  home,
  setup,
  progress,
  recordForms,
  outlineEditor,
};

addBundles(...Object.values(bundles));

export type { Outline, OutlineNode, OutlineBlock, ListItem } from './types';
export { parseOutline, type ParseOptions } from './parse-outline';
export { serializeOutline } from './serialize-outline';
export { cleanModelOutput } from './clean-model-output';
export { OutlineStructureError } from './errors';
export { inlineRuns, plainText, looksChinese, isCjk, type TextRun } from './inline-text';

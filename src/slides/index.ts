// The slides feature's public face: outline → deck model → .pptx, plus the model-backed steps.
export type {
  Deck,
  DeckSlide,
  DeckLang,
  SlideElement,
  TextElement,
  TableElement,
  ImageElement,
  ShapeElement,
  ChartElement,
  Paragraph,
  ThemeName,
  SlideLayout,
  Box,
} from './types';
export { THEME_NAMES, SLIDE_W, SLIDE_H } from './types';
export { THEMES, isThemeName, type Theme, type Palette } from './themes';
export { buildDeck, detectLang, type DeckOptions } from './build-deck';
export { renderPptx, renderPptxBase64, paletteFor } from './render-pptx';
export { chartToSvg } from './chart-svg';
export { chartColors } from './render-chart';
export { resolveImages, resolveDataUrlImages, type ImageLoader, type ResolvedImages, MAX_IMAGE_BYTES } from './resolve-images';
export {
  outlineFromTopic,
  outlineFromDocument,
  addGeneratedNotes,
  slideNodes,
  CONDENSE_ABOVE_TOKENS,
  type StreamHandlers,
  type OutlineAnswer,
} from './generate-outline';
export { topicMessages, documentMessages, OUTLINE_STYLES, type OutlineStyle, type TopicRequest } from './prompts';
export { markdownToDeck, type MarkdownToDeckOptions } from './markdown-to-deck';
export { needsProvider, unsupportedSlidesInput, slideInsertFailed, slideInsertUnsupported, noOutlineInAnswer, outlineCut } from './errors';
export { insertSupport, type InsertSupport } from './insert-support';
export { remoteHost, remotePictureHosts } from './remote-pictures';

import { AppError, InvalidInputError } from '../errors';

// The mind map's failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** The Markdown (or other input) has no topic at all. */
export const mindmapEmpty = () => new InvalidInputError('mindmap.error.empty');
/** OUT's extension names no format we write. */
export const unknownMapFormat = (file: string, formats: { formats: string; last: string }) =>
  new InvalidInputError('mindmap.error.format', { file, ...formats });
/** A file given as a map is not a readable .xmind. */
export const xmindUnreadable = (reason: 'notZip' | 'noContent' | 'badJson') => new InvalidInputError(`mindmap.error.xmind.${reason}`);
/** --sheet names no sheet of the .xmind. */
export const xmindNoSheet = (sheet: string, names: string) => new InvalidInputError('mindmap.xmind.noSheet', { sheet, names });
/** A file given as OPML is not OPML. */
export const notOpml = () => new InvalidInputError('mindmap.error.opml');
/** The model's answer held no headings or list items to draw. */
export const noMapInAnswer = () => new AppError('mindmap.error.modelOutput');
/** The host cannot insert a picture from an add-in (a requirement set is missing). */
export const pictureInsertUnsupported = (host: string, requirement: string) => new AppError('mindmap.error.insertUnsupported', { host, requirement });
/** A host source (sheet, deck) had nothing to map. */
export const hostSourceEmpty = (what: 'sheet' | 'deck') => new InvalidInputError(what === 'sheet' ? 'mindmap.error.sheetEmpty' : 'mindmap.error.deckEmpty');
/** The host lacks the API a source needs. */
export const hostSourceUnsupported = (host: 'excel' | 'powerpoint') =>
  new AppError(host === 'excel' ? 'mindmap.error.excelRead' : 'mindmap.error.powerpointRead');

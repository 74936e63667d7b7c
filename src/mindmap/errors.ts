import { AppError } from '../errors';

/** The Markdown (or other input) has no topic at all. */
export class MindmapEmptyError extends AppError {
  constructor() {
    super('mindmap.error.empty');
  }
}

/** OUT's extension names no format we write. */
export class MindmapFormatError extends AppError {
  constructor(fileName: string, formats: { formats: string; last: string }) {
    super('mindmap.error.format', { file: fileName, ...formats });
  }
}

/** A file given as a map is not a readable .xmind. */
export class XmindReadError extends AppError {
  constructor(reason: 'notZip' | 'noContent' | 'badJson') {
    super(`mindmap.error.xmind.${reason}`);
  }
}

/** --sheet names no sheet of the .xmind. */
export class XmindSheetError extends AppError {
  constructor(sheet: string, names: string) {
    super('mindmap.xmind.noSheet', { sheet, names });
  }
}

/** A file given as OPML is not OPML. */
export class OpmlReadError extends AppError {
  constructor() {
    super('mindmap.error.opml');
  }
}

/** The model's answer held no headings or list items to draw. */
export class MindmapModelOutputError extends AppError {
  constructor() {
    super('mindmap.error.modelOutput');
  }
}

/** The host cannot insert a picture from an add-in (a requirement set is missing). */
export class PictureInsertUnsupportedError extends AppError {
  constructor(host: string, requirement: string) {
    super('mindmap.error.insertUnsupported', { host, requirement });
  }
}

/** A host source (sheet, deck) had nothing to map. */
export class HostSourceEmptyError extends AppError {
  constructor(what: 'sheet' | 'deck') {
    super(what === 'sheet' ? 'mindmap.error.sheetEmpty' : 'mindmap.error.deckEmpty');
  }
}

/** The host lacks the API a source needs. */
export class HostSourceUnsupportedError extends AppError {
  constructor(host: 'excel' | 'powerpoint') {
    super(host === 'excel' ? 'mindmap.error.excelRead' : 'mindmap.error.powerpointRead');
  }
}

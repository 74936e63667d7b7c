import { AppError } from '../errors';

/** The text is empty or has no diagram in it. */
export class DiagramEmptyError extends AppError {
  constructor() {
    super('diagram.error.empty');
  }
}

/** A Mermaid diagram type we do not draw (sequenceDiagram, gantt…). */
export class UnsupportedDiagramError extends AppError {
  constructor(type: string) {
    super('diagram.error.unsupportedType', { type });
  }
}

/** The first line is no Mermaid header and the text does not read as a flowchart either. */
export class NotMermaidError extends AppError {
  constructor(line: number, text: string) {
    super('diagram.error.notMermaid', { line, text });
  }
}

/** More nodes (or source) than we lay out in reasonable time and memory. */
export class DiagramTooLargeError extends AppError {
  constructor(count: number, limit: number) {
    super('diagram.error.tooLarge', { count, limit });
  }
}

/** OUT's extension names no diagram format. */
export class DiagramFormatError extends AppError {
  constructor(file: string) {
    super('diagram.error.format', { file });
  }
}

/** The model's answer (after one repair turn) still holds no diagram we can draw. */
export class DiagramModelOutputError extends AppError {
  constructor(reason: string) {
    super('diagram.error.modelOutput', { reason });
  }
}

/** A diagram header followed by nothing that could be read. */
export class DiagramUnreadableError extends AppError {
  constructor(line: number, text: string) {
    super('diagram.error.unreadable', { line, text });
  }
}

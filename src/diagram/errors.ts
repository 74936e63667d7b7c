import { AppError, InvalidInputError } from '../errors';

// The diagram's failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** The text is empty or has no diagram in it. */
export const diagramEmpty = () => new InvalidInputError('diagram.error.empty');
/** A Mermaid diagram type we do not draw (sequenceDiagram, gantt…). */
export const unsupportedDiagram = (type: string) => new InvalidInputError('diagram.error.unsupportedType', { type });
/** The first line is no Mermaid header and the text does not read as a flowchart either. */
export const notMermaid = (line: number, text: string) => new InvalidInputError('diagram.error.notMermaid', { line, text });
/** A diagram header followed by nothing that could be read. */
export const diagramUnreadable = (line: number, text: string) => new InvalidInputError('diagram.error.unreadable', { line, text });
/** More nodes (or source) than we lay out in reasonable time and memory. */
export const diagramTooLarge = (count: number, limit: number) => new InvalidInputError('diagram.error.tooLarge', { count, limit });
/** OUT's extension names no diagram format. */
export const unknownDiagramFormat = (file: string) => new InvalidInputError('diagram.error.format', { file });
/** The model's answer (after one repair turn) still holds no diagram we can draw. */
export const noDiagramInAnswer = (reason: string) => new AppError('diagram.error.modelOutput', { reason });

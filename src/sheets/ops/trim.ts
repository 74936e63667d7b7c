import { trimText } from '../text';
import { textColumnsOp } from './text-columns-op';

export const trim = textColumnsOp('trim', trimText, '{"op":"trim","columns":"*"|[..]} remove edge spaces (incl. U+3000, U+00A0), collapse inner runs', [
  'strip',
  'trimWhitespace',
]);

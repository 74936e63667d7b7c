import { toHalfWidthText } from '../text';
import { textColumnsOp } from './text-columns-op';

export const toHalfWidth = textColumnsOp(
  'toHalfWidth',
  toHalfWidthText,
  '{"op":"toHalfWidth","columns":..} full-width letters/digits/punctuation to half-width',
  ['halfWidth', 'fullWidthToHalfWidth'],
);

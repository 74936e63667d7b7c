import { crc32, deflateRawSync } from 'node:zlib';
import type { NativeDeflate } from './package-fix';

/** Node only: zlib compresses the .pptx natively (the CLI); the pane uses fflate's JavaScript deflate. */
export const nodeDeflate: NativeDeflate = {
  deflateRaw: (data) => deflateRawSync(data, { level: 1 }),
  crc32: (data) => crc32(data),
};

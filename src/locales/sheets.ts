import { defineBundle } from './types';

// Strings for the sheets feature. Keep en-US and zh-CN keys identical.
export default defineBundle({
  'en-US': {},
  'zh-CN': {},
});

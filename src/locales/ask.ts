import { defineBundle } from './types';

// Strings for the ask feature. Keep en-US and zh-CN keys identical.
export default defineBundle({
  'en-US': {},
  'zh-CN': {},
});

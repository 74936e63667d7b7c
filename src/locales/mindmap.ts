import { defineBundle } from './types';

// Strings for the mindmap feature. Keep en-US and zh-CN keys identical.
export default defineBundle({
  'en-US': {},
  'zh-CN': {},
});

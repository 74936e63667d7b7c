import { defineBundle } from './types';

// Strings for the Markdown core (src/markdown/). Keep en-US and zh-CN keys identical.
export default defineBundle({
  'en-US': {
    'markdown.error.tooDeep':
      'The text nests lists or quotes more than {limit} levels deep, which no document needs, so it was not read. Flatten the deepest part and try again.',
    'markdown.clean.think': "The model's reasoning (<think>…</think>) was left out.",
    'markdown.clean.fence': 'The code fence around the answer was removed.',
    'markdown.clean.chatter': 'Chat around the answer (such as "Here is…" or "Hope this helps") was left out.',
  },
  'zh-CN': {
    'markdown.error.tooDeep': '文本中的列表或引用嵌套超过 {limit} 层，任何文档都不需要这么深，因此未读取。请把最深的部分改浅后重试。',
    'markdown.clean.think': '已忽略模型的推理过程（<think>…</think>）。',
    'markdown.clean.fence': '已去掉包住回答的代码块围栏。',
    'markdown.clean.chatter': '已忽略回答前后的客套话（如“以下是……”“希望对你有帮助”）。',
  },
});

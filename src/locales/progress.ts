import { defineBundle } from './types';

// The pane's one progress bar for long jobs (taskpane/components/JobProgress.tsx): what is happening, in words.
export default defineBundle({
  'en-US': {
    'progress.region': 'Job in progress',
    'progress.tokens': 'about {n} tokens so far',
    'progress.part': 'Working on part {done} of {total}…',
    'progress.merging': 'Putting the parts together…',
    'progress.waiting': 'Waiting for the model…',
    'progress.writing': 'Writing…',
    'progress.thinking': 'Thinking…',
    'progress.reading': 'Reading the table’s facts…',
    'progress.agentStep': 'Step {steps} of at most {maxSteps}…',
  },
  'zh-CN': {
    'progress.region': '正在进行的任务',
    'progress.tokens': '已收到约 {n} 个 token',
    'progress.part': '正在整理第 {done}/{total} 部分…',
    'progress.merging': '正在合并各部分…',
    'progress.waiting': '正在等待模型…',
    'progress.writing': '正在撰写…',
    'progress.thinking': '正在思考…',
    'progress.reading': '正在根据表格事实撰写…',
    'progress.agentStep': '第 {steps} 步（最多 {maxSteps} 步）…',
  },
});

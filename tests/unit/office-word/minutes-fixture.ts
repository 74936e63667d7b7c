import type { Minutes } from '../../../src/writing/minutes-schema';

/**
 * A meeting with its place, two topics, two decisions, three action items (one without owner, one without due
 * date; one done, one in progress, one whose status the record does not give) and an open question.
 */
export const MINUTES: Minutes = {
  title: '产品周会',
  date: '2026-03-02',
  place: '3号会议室',
  attendees: ['张三', '李四'],
  summary: '确定上线时间和预算说明。',
  topics: [
    { title: '上线计划', points: ['3月15日上线', '灰度一周'] },
    { title: '预算', points: ['追加测试设备'] },
  ],
  decisions: ['3月15日上线', '预算由张三说明'],
  actionItems: [
    { task: '提交预算说明', owner: '张三', due: '周五', status: 'done' },
    { task: '准备灰度名单', owner: '李四', due: null, status: 'in_progress' },
    { task: '更新上线文档', owner: null, due: '3月14日' },
  ],
  risks: ['测试设备到货可能延迟'],
  openQuestions: ['测试设备由谁采购？'],
};

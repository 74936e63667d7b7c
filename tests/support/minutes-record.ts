// The minutes record the model "answers" in the minutes tests (CLI, workflow, pane): one meeting with its
// place, one decision, one action item under way with owner and due date, no risks, one open question.
export const WEEKLY_MEETING = {
  title: '产品周会',
  date: '2026-03-02',
  place: '3号会议室',
  attendees: ['张三', '李四'],
  summary: '确定上线时间和预算说明。',
  topics: [{ title: '上线计划', points: ['3月15日上线'] }],
  decisions: ['3月15日上线'],
  actionItems: [{ task: '提交预算说明', owner: '张三', due: '周五', status: 'in_progress' }],
  risks: [],
  openQuestions: ['灰度名单由谁确认？'],
};

// The same meeting as a record saved before place, status and open questions existed (a .json downloaded
// from the pane or written by `dsplus minutes -o m.json` then): it must still read, render and edit.
export const WEEKLY_MEETING_SAVED_BEFORE = {
  title: '产品周会',
  date: '2026-03-02',
  attendees: ['张三', '李四'],
  summary: '确定上线时间和预算说明。',
  topics: [{ title: '上线计划', points: ['3月15日上线'] }],
  decisions: ['3月15日上线'],
  actionItems: [{ task: '提交预算说明', owner: '张三', due: '周五' }],
  risks: [],
};

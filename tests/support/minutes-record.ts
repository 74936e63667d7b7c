// The minutes record the model "answers" in the minutes tests (CLI, workflow, pane): one meeting, one
// decision, one action item with owner and due date, no risks.
export const WEEKLY_MEETING = {
  title: '产品周会',
  date: '2026-03-02',
  attendees: ['张三', '李四'],
  summary: '确定上线时间和预算说明。',
  topics: [{ title: '上线计划', points: ['3月15日上线'] }],
  decisions: ['3月15日上线'],
  actionItems: [{ task: '提交预算说明', owner: '张三', due: '周五' }],
  risks: [],
};

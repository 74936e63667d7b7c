// The task suite's workbooks: each task's input and the expected result, written by hand here (not by
// running the agent), so a scripted run that reproduces the expected workbook proves the tools can
// express the solution. `npx tsx bench/agent-tasks/make-workbooks.ts` writes them to inputs/ and expected/.
export type Row = (string | number | boolean | null)[];
export type Book = Record<string, Row[]>;

export interface TaskBooks {
  input: Book;
  expected: Book;
}

const orders: Row[] = [
  ['Item', 'Qty', 'Price'],
  ['pen', 2, 3],
  ['ink', 1, 10],
  ['pad', 4, 2.5],
  ['clip', 10, 0.2],
];

const sales: Row[] = [
  ['订单', '地区', '销售额'],
  ['SO-1', '华东', 120],
  ['SO-2', '华北', 80],
  ['SO-3', '华东', 200],
  ['SO-4', '华南', 50],
  ['SO-5', '华北', 70],
  ['SO-6', '华东', 30],
];

const people: Row[] = [
  ['姓名', '部门', '入职日期'],
  ['张三', '销售', '2024/1/5'],
  ['李四', '市场', '2024年2月10日'],
  ['王五', '销售', '03/15/2024'],
  ['赵六', '研发', '2024-04-01'],
];

const customers: Row[] = [
  ['客户', '城市', '电话'],
  ['甲公司', '上海', '021-1234567'],
  ['乙公司', '北京', '010-7654321'],
  ['甲公司', '上海', '021-1234567'],
  ['丙公司', '广州', '020-5550000'],
  ['乙公司', '北京', '010-7654321'],
];

export const BOOKS: Record<string, TaskBooks> = {
  'total-column': {
    input: { Orders: orders },
    expected: { Orders: orders.map((r, i) => [...r, i === 0 ? 'Total' : (r[1] as number) * (r[2] as number)]) },
  },
  'sort-desc': {
    input: { Sales: sales },
    expected: { Sales: [sales[0], ...[...sales.slice(1)].sort((a, b) => (b[2] as number) - (a[2] as number))] },
  },
  'summary-by-region': {
    input: { Sales: sales },
    expected: {
      Sales: sales,
      Summary: [
        ['地区', '销售额合计'],
        ['华东', 350],
        ['华北', 150],
        ['华南', 50],
      ],
    },
  },
  'clean-dates': {
    input: { People: people },
    expected: {
      People: people,
      Cleaned: [people[0], ['张三', '销售', '2024-01-05'], ['李四', '市场', '2024-02-10'], ['王五', '销售', '2024-03-15'], ['赵六', '研发', '2024-04-01']],
    },
  },
  dedupe: {
    input: { Customers: customers },
    expected: { Customers: customers, Unique: [customers[0], customers[1], customers[2], customers[4]] },
  },
  'fix-formula': {
    input: {
      Budget: [
        ['Month', 'Spend'],
        ['Jan', 100],
        ['Feb', 150],
        ['Mar', 120],
        ['Apr', 130],
        ['Total', '=SUM(B2:B3)'],
      ],
    },
    expected: {
      Budget: [
        ['Month', 'Spend'],
        ['Jan', 100],
        ['Feb', 150],
        ['Mar', 120],
        ['Apr', 130],
        ['Total', 500],
      ],
    },
  },
  'share-of-total': {
    input: { Sales: sales },
    expected: { Sales: sales.map((r, i) => [...r, i === 0 ? '占比' : Math.round(((r[2] as number) / 550) * 1000) / 1000]) },
  },
  'fill-missing': {
    input: {
      Leads: [
        ['客户', '来源'],
        ['A', '展会'],
        ['B', null],
        ['C', '官网'],
        ['D', 'N/A'],
      ],
    },
    expected: {
      Leads: [
        ['客户', '来源'],
        ['A', '展会'],
        ['B', null],
        ['C', '官网'],
        ['D', 'N/A'],
      ],
      Filled: [
        ['客户', '来源'],
        ['A', '展会'],
        ['B', '未知'],
        ['C', '官网'],
        ['D', '未知'],
      ],
    },
  },
  lookup: {
    input: {
      Orders: [
        ['Item', 'Qty'],
        ['pen', 2],
        ['pad', 3],
        ['ink', 1],
      ],
      Prices: [
        ['Item', 'Price'],
        ['ink', 10],
        ['pad', 2.5],
        ['pen', 3],
      ],
    },
    expected: {
      Orders: [
        ['Item', 'Qty', 'Price'],
        ['pen', 2, 3],
        ['pad', 3, 2.5],
        ['ink', 1, 10],
      ],
      Prices: [
        ['Item', 'Price'],
        ['ink', 10],
        ['pad', 2.5],
        ['pen', 3],
      ],
    },
  },
  'average-row': {
    input: {
      Scores: [
        ['学生', '语文', '数学'],
        ['甲', 90, 80],
        ['乙', 70, 100],
        ['丙', 80, 90],
      ],
    },
    expected: {
      Scores: [
        ['学生', '语文', '数学'],
        ['甲', 90, 80],
        ['乙', 70, 100],
        ['丙', 80, 90],
        ['平均', 80, 90],
      ],
    },
  },
  'big-orders': {
    input: { Sales: sales },
    expected: { Sales: sales, Big: [sales[0], sales[1], sales[3]] },
  },
};

// Office.js host double, Excel part: an in-memory workbook behind the Excel.run API that
// src/office/excel.ts uses. State comes from window.__OFFICE_DOUBLE__.state:
//   { sheets: [{ name, values: [[…]], numberFormat?: [[…]] }], active?: name, selection?: { row, col, rows, cols }, activeCell?: 'K2' }
// The workbook is exposed as window.__EXCEL_BOOK__ = { sheets: [{ name, values, numberFormat, formulas, charts, frozenRows }], loads: [] }
// for assertions; `loads` records every values load ({ sheet, rows, cols }) so tests can check the block size.
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || {};
  const state = cfg.state || {};
  const book = (window.__EXCEL_BOOK__ = {
    sheets: (state.sheets || [{ name: 'Sheet1', values: [[]] }]).map((s) => ({
      name: s.name,
      values: s.values.map((r) => r.slice()),
      numberFormat: s.numberFormat ? s.numberFormat.map((r) => r.slice()) : s.values.map((r) => r.map(() => 'General')),
      formulas: {},
      charts: [],
      frozenRows: 0,
    })),
    loads: [],
    active: state.active || (state.sheets && state.sheets[0] && state.sheets[0].name) || 'Sheet1',
  });
  const find = (name) => book.sheets.find((s) => s.name === name);
  const colName = (i) => {
    let s = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const quote = (n) => (/^[A-Za-z0-9_]+$/.test(n) ? n : `'${n}'`);
  const fail = (message) => {
    const e = new Error(message);
    e.code = 'InvalidArgument';
    return e;
  };

  function rangeObject(sheet, row, col, rows, cols) {
    const cell = (r, c) => (sheet.values[r] && sheet.values[r][c] !== undefined ? sheet.values[r][c] : '');
    const fmt = (r, c) => (sheet.numberFormat[r] && sheet.numberFormat[r][c] !== undefined ? sheet.numberFormat[r][c] : 'General');
    const grid = (f) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(row + i, col + j)));
    const write = (target, v) => {
      if (!Array.isArray(v) || v.length !== rows || v.some((r) => r.length !== cols)) throw fail(`The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`);
      v.forEach((r, i) => {
        target[row + i] = target[row + i] || [];
        r.forEach((x, j) => (target[row + i][col + j] = x));
      });
    };
    const range = {
      address: `${quote(sheet.name)}!${colName(col)}${row + 1}:${colName(col + cols - 1)}${row + rows}`,
      rowCount: rows,
      columnCount: cols,
      rowIndex: row,
      columnIndex: col,
      worksheet: worksheetObject(sheet),
      load(props) {
        if (String(props || '').includes('values')) book.loads.push({ sheet: sheet.name, rows, cols });
        return this;
      },
      get values() {
        return grid(cell);
      },
      set values(v) {
        write(sheet.values, v);
      },
      get numberFormat() {
        return grid(fmt);
      },
      set numberFormat(v) {
        write(sheet.numberFormat, v);
      },
      set formulas(v) {
        v.forEach((r, i) => r.forEach((f, j) => (sheet.formulas[`${colName(col + j)}${row + i + 1}`] = f)));
      },
      format: { font: {}, autofitColumns() {} },
      getTables() {
        return { items: [], load() {} };
      },
    };
    return range;
  }

  function worksheetObject(sheet) {
    return {
      get name() {
        return sheet.name;
      },
      load() {
        return this;
      },
      getRangeByIndexes: (r, c, n, m) => rangeObject(sheet, r, c, n, m),
      getRange(address) {
        const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
        if (!m) throw fail(`Bad address ${address}`);
        const c = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        return rangeObject(sheet, Number(m[2]) - 1, c, 1, 1);
      },
      getUsedRange() {
        const rows = sheet.values.length;
        const cols = Math.max(0, ...sheet.values.map((r) => r.length));
        return rangeObject(sheet, 0, 0, rows, cols);
      },
      freezePanes: { freezeRows: (n) => (sheet.frozenRows = n) },
      charts: {
        add(type, source) {
          const chart = { type, source: source.address, title: {}, legend: {}, xValues: null };
          sheet.charts.push(chart);
          return {
            series: { getItemAt: () => ({ setXAxisValues: (r) => (chart.xValues = r.address) }) },
            title: chart.title,
            legend: chart.legend,
            setPosition() {},
            set height(v) {},
            set width(v) {},
          };
        },
      },
      activate: () => (book.active = sheet.name),
      delete: () => book.sheets.splice(book.sheets.indexOf(sheet), 1),
    };
  }

  const context = {
    workbook: {
      worksheets: {
        get items() {
          return book.sheets.map(worksheetObject);
        },
        load() {
          return this;
        },
        add(name) {
          if (find(name)) throw fail(`A sheet named ${name} already exists.`);
          if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw fail(`Invalid sheet name ${name}`);
          const sheet = { name, values: [], numberFormat: [], formulas: {}, charts: [], frozenRows: 0 };
          book.sheets.push(sheet);
          return worksheetObject(sheet);
        },
        getActiveWorksheet: () => worksheetObject(find(book.active)),
        getItem: (name) => {
          const s = find(name);
          if (!s) throw fail(`No sheet ${name}`);
          return worksheetObject(s);
        },
      },
      getSelectedRange() {
        const sheet = find(book.active);
        const sel = state.selection || { row: 0, col: 0, rows: sheet.values.length, cols: Math.max(0, ...sheet.values.map((r) => r.length)) };
        return rangeObject(sheet, sel.row, sel.col, sel.rows, sel.cols);
      },
      getActiveCell() {
        const sheet = find(book.active);
        return Object.assign(worksheetObject(sheet).getRange(state.activeCell || 'A1'), { address: `${quote(sheet.name)}!${state.activeCell || 'A1'}` });
      },
    },
    sync: () => new Promise((r) => setTimeout(r, 0)),
  };

  window.Excel = {
    run: async (cb) => cb(context),
    ChartType: { columnClustered: 'ColumnClustered', line: 'Line' },
    ChartSeriesBy: { columns: 'Columns', rows: 'Rows', auto: 'Auto' },
  };
})();

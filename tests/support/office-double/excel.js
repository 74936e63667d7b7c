// Office.js host double, Excel part: an in-memory workbook behind the Excel.run API that
// src/office/excel.ts uses. State comes from window.__OFFICE_DOUBLE__.state:
//   { sheets: [{ name, values: [[…]], numberFormat?: [[…]] }], active?: name, selection?: { row, col, rows, cols }, activeCell?: 'K2' }
// The workbook is exposed as window.__EXCEL_BOOK__ = { sheets: [{ name, values, numberFormat, formulas, charts, frozenRows }], loads: [] }
// for assertions; `loads` records every values load ({ sheet, rows, cols }) so tests can check the block size.
// For agent mode it also models formulas (Range.formulas; simple arithmetic and SUM are computed so a
// read-back shows a value), getUsedRangeOrNullObject, getItemOrNullObject, Range.sort, named charts that
// can be deleted, and Excel.run(options, batch); `runs` records each run's options (mergeUndoGroup).
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
    runs: [],
    active: state.active || (state.sheets && state.sheets[0] && state.sheets[0].name) || 'Sheet1',
  });
  const find = (name) => book.sheets.find((s) => s.name === name);
  const colName = (i) => {
    let s = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const colIndex = (letters) => [...letters].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const valueAt = (sheet, r, c) => (sheet.values[r] && sheet.values[r][c] !== undefined ? sheet.values[r][c] : '');
  // Just enough of a calculator for the double: cell references, SUM over a range, + - * / and brackets.
  function compute(sheet, formula) {
    let expr = formula.slice(1).replace(/SUM\(\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)\)/g, (_m, c1, r1, c2, r2) => {
      let t = 0;
      for (let r = Number(r1) - 1; r <= Number(r2) - 1; r++) for (let c = colIndex(c1); c <= colIndex(c2); c++) t += Number(valueAt(sheet, r, c)) || 0;
      return String(t);
    });
    expr = expr.replace(/\$?([A-Z]+)\$?(\d+)/g, (_m, c, r) => String(Number(valueAt(sheet, Number(r) - 1, colIndex(c))) || 0));
    if (!/^[\d\s.+\-*/()]+$/.test(expr)) return '#NAME?';
    // A small recursive-descent reader (the pane's Content-Security-Policy forbids eval).
    const tokens = expr.match(/\d+(?:\.\d+)?|[-+*/()]/g) || [];
    let i = 0;
    const atom = () => {
      const t = tokens[i++];
      if (t === '(') {
        const v = sum();
        i++;
        return v;
      }
      if (t === '-') return -atom();
      return Number(t);
    };
    const product = () => {
      let v = atom();
      while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * atom() : v / atom();
      return v;
    };
    const sum = () => {
      let v = product();
      while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
      return v;
    };
    const v = sum();
    return Number.isFinite(v) ? v : '#DIV/0!';
  }
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
      if (!Array.isArray(v) || v.length !== rows || v.some((r) => r.length !== cols))
        throw fail(`The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`);
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
      get formulas() {
        return grid((r, c) => sheet.formulas[`${colName(c)}${r + 1}`] ?? cell(r, c));
      },
      set formulas(v) {
        if (!Array.isArray(v) || v.length !== rows || v.some((r) => r.length !== cols))
          throw fail(`The number of rows or columns in the input array doesn't match the size of the range (${rows}×${cols}).`);
        v.forEach((r, i) =>
          r.forEach((f, j) => {
            const key = `${colName(col + j)}${row + i + 1}`;
            sheet.values[row + i] = sheet.values[row + i] || [];
            if (typeof f === 'string' && f.startsWith('=')) sheet.formulas[key] = f;
            else {
              delete sheet.formulas[key];
              sheet.values[row + i][col + j] = typeof f === 'string' && f.startsWith("'") ? f.slice(1) : f;
            }
          }),
        );
        for (const [key, f] of Object.entries(sheet.formulas)) {
          const m = /^([A-Z]+)(\d+)$/.exec(key);
          sheet.values[Number(m[2]) - 1] = sheet.values[Number(m[2]) - 1] || [];
          sheet.values[Number(m[2]) - 1][colIndex(m[1])] = compute(sheet, f);
        }
      },
      sort: {
        apply(fields, _matchCase, hasHeaders) {
          const key = fields[0].key;
          const start = row + (hasHeaders ? 1 : 0);
          const body = sheet.values.slice(start, row + rows).map((r) => (r || []).slice());
          body.sort((a, b) => {
            const x = a[col + key];
            const y = b[col + key];
            const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
            return fields[0].ascending === false ? -d : d;
          });
          body.forEach((r, i) => (sheet.values[start + i] = r));
        },
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
      getUsedRangeOrNullObject() {
        let r0 = Infinity;
        let c0 = Infinity;
        let r1 = -1;
        let c1 = -1;
        sheet.values.forEach((r, i) =>
          (r || []).forEach((v, j) => {
            if (v === '' || v === null || v === undefined) return;
            r0 = Math.min(r0, i);
            r1 = Math.max(r1, i);
            c0 = Math.min(c0, j);
            c1 = Math.max(c1, j);
          }),
        );
        if (r1 < 0) return { isNullObject: true, load() {} };
        return Object.assign(rangeObject(sheet, r0, c0, r1 - r0 + 1, c1 - c0 + 1), { isNullObject: false });
      },
      isNullObject: false,
      tables: { items: [], load() {} },
      freezePanes: { freezeRows: (n) => (sheet.frozenRows = n) },
      charts: {
        getItem(name) {
          const chart = sheet.charts.find((c) => c.name === name);
          if (!chart) throw fail(`No chart ${name}`);
          return { delete: () => sheet.charts.splice(sheet.charts.indexOf(chart), 1) };
        },
        add(type, source) {
          const chart = { type, source: source.address, title: {}, legend: {}, xValues: null, name: null };
          sheet.charts.push(chart);
          return {
            set name(v) {
              chart.name = v;
            },
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
        getItemOrNullObject: (name) => {
          const s = book.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
          return s ? worksheetObject(s) : { isNullObject: true, load() {} };
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
    run: async (a, b) => {
      book.runs.push(typeof a === 'function' ? {} : Object.assign({}, a));
      return (typeof a === 'function' ? a : b)(context);
    },
    ChartType: { columnClustered: 'ColumnClustered', line: 'Line' },
    ChartSeriesBy: { columns: 'Columns', rows: 'Rows', auto: 'Auto' },
  };
})();

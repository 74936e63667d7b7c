// Office.js host double, Word document model — shared by the e2e double (word.js, in the browser) and the
// unit fake (tests/unit/office-word/fake-word.ts, in Node). A flat list of paragraphs (as Word's body is)
// with lists, tables and content controls over them, character runs, and the Word.* proxies the add-in
// uses. What it holds Word to:
//   - reads need load() and a context.sync() first (PropertyNotLoaded otherwise), and syncs are counted;
//   - text inserted at a paragraph's end takes the formatting found there, a new paragraph takes the
//     style, list and mark formatting of the one it was inserted after, a paragraph inserted right after
//     a content control's last paragraph is inside it — so a writer that relies on luck is caught;
//   - tree() gives the document as assertions want it: paragraphs with style, list items with level and
//     kind, tables with cells, header row and widths, content controls with tag, title and children,
//     inline pictures (insertInlinePictureFromBase64 on a paragraph or range) with size and alt text.
// Usage: createWordDocument(state, { log, DOMParser, search }) with state =
//   { paragraphs: [{ text, styleBuiltIn?, isListItem?, level?, listString?, bold?, italic?, tableNestingLevel?, html? }],
//     tables?: [values…] (read-only tables, as the reading tests give them), selection?: [index…], selectionText? }
(function (root) {
  const BULLET = { Solid: '•', Hollow: 'o', Square: '▪', Diamonds: '◆', Arrow: '➢', Checkmark: '✓', Custom: '•' };
  const FORMAT_KEYS = ['bold', 'italic', 'strike', 'font', 'href'];

  function notLoaded(name) {
    return new Error(
      `PropertyNotLoaded: The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }

  function createWordDocument(state, opts) {
    state = state || {};
    opts = opts || {};
    const log = opts.log || [];
    const doc = {
      paragraphs: (state.paragraphs || [{ text: '' }]).map(normaliseParagraph),
      tables: (state.tables || []).map((values) => ({ detached: values, headerRowCount: 0, rowFormats: [], columnWidths: [], cells: [] })),
      contentControls: [],
      revisions: [],
      trackingMode: 'Off',
      footnotes: [],
      syncs: 0,
      calls: 0,
      selected: null,
      textWidth: state.textWidth || 451.3,
    };
    let nextId = 1;
    const pending = new Set();
    // List paragraphs given in the state: each run of adjacent ones is one list, as Word would hold it.
    let stateList = null;
    for (const p of doc.paragraphs) {
      if (!p.isListItem) {
        stateList = null;
        continue;
      }
      stateList = stateList || { id: nextId++, levels: {} };
      p.list = stateList;
      p.level = p.level || 0;
      stateList.levels[p.level] =
        stateList.levels[p.level] ||
        (/^(\d+|[a-z]|[ivx]+)[.)]$/i.test(p.listString || '') ? { type: 'number', numbering: 'Arabic' } : { type: 'bullet', bullet: 'Solid' });
    }

    function normaliseParagraph(p) {
      p.text = p.text || '';
      p.styleBuiltIn = p.styleBuiltIn || 'Normal';
      p.tableNestingLevel = p.tableNestingLevel || 0;
      const fmt = {};
      if (p.bold) fmt.bold = true;
      if (p.italic) fmt.italic = true;
      p.runs = p.text ? [Object.assign({ text: p.text }, fmt)] : [];
      p.mark = fmt;
      return p;
    }

    // ---- runs ----------------------------------------------------------------------------------------
    const formatOf = (r) => {
      const f = {};
      for (const k of FORMAT_KEYS) if (r && r[k] !== undefined) f[k] = r[k];
      return f;
    };
    function runsOf(p) {
      const joined = p.runs ? p.runs.map((r) => r.text).join('') : null;
      return joined === p.text ? p.runs : [{ text: p.text }];
    }
    function setRuns(p, runs) {
      const merged = [];
      for (const r of runs) {
        if (!r.text) continue;
        const last = merged[merged.length - 1];
        if (last && FORMAT_KEYS.every((k) => last[k] === r[k])) last.text += r.text;
        else merged.push(Object.assign({}, r));
      }
      p.runs = merged;
      p.text = merged.map((r) => r.text).join('');
    }
    function splitAt(p, offset) {
      const runs = runsOf(p);
      const out = [];
      let at = 0;
      let index = -1;
      for (const r of runs) {
        if (offset > at && offset < at + r.text.length) {
          out.push(Object.assign({}, r, { text: r.text.slice(0, offset - at) }), Object.assign({}, r, { text: r.text.slice(offset - at) }));
          index = out.length - 1;
        } else {
          if (offset === at && index < 0) index = out.length;
          out.push(Object.assign({}, r));
        }
        at += r.text.length;
      }
      if (index < 0) index = out.length;
      return { runs: out, index };
    }
    /** The formatting text typed at `offset` would take: the character before it, else the paragraph mark. */
    function formatAt(p, offset) {
      let at = 0;
      let found = null;
      for (const r of runsOf(p)) {
        if (offset > at && offset <= at + r.text.length) found = r;
        at += r.text.length;
      }
      return formatOf(found || (offset === 0 && runsOf(p)[0]) || p.mark);
    }
    function insertTextAt(p, offset, text, fmt) {
      const { runs, index } = splitAt(p, offset);
      runs.splice(index, 0, Object.assign({ text }, fmt || formatAt(p, offset)));
      setRuns(p, runs);
      return [offset, offset + text.length];
    }
    function deleteSpan(p, from, to) {
      const a = splitAt(p, from);
      const tmp = { runs: a.runs, text: a.runs.map((r) => r.text).join('') };
      const b = splitAt(tmp, to);
      b.runs.splice(a.index, b.index - a.index);
      setRuns(p, b.runs);
    }
    function formatSpan(p, from, to, patch) {
      if (from >= to) return;
      const a = splitAt(p, from);
      const tmp = { runs: a.runs, text: a.runs.map((r) => r.text).join('') };
      const b = splitAt(tmp, to);
      for (let i = a.index; i < b.index; i++) Object.assign(b.runs[i], patch);
      setRuns(p, b.runs);
    }

    // ---- structure -----------------------------------------------------------------------------------
    const indexOf = (p) => doc.paragraphs.indexOf(p);
    const listItems = (list) => doc.paragraphs.filter((p) => p.list === list);
    const blockControls = () => doc.contentControls.filter((c) => c.start);

    /** Inserts `np` at `index`; when it lands right after a block control's last paragraph, the control grows. */
    function placeParagraph(np, index, grow) {
      doc.paragraphs.splice(index, 0, np);
      if (grow) for (const c of blockControls()) if (c.end === doc.paragraphs[index - 1]) c.end = np;
      return np;
    }
    function newParagraph(text, from) {
      const np = {
        text: '',
        styleBuiltIn: from ? from.styleBuiltIn : 'Normal',
        tableNestingLevel: 0,
        runs: [],
        mark: from ? Object.assign({}, from.mark) : {},
      };
      if (from && from.isListItem) Object.assign(np, { isListItem: true, list: from.list, level: from.level || 0, listString: from.listString });
      if (text) insertTextAt(np, 0, text, Object.assign({}, np.mark));
      return np;
    }
    function removeParagraph(p) {
      const i = indexOf(p);
      if (i < 0) return;
      for (const c of blockControls()) {
        if (c.start === p && c.end === p) doc.contentControls.splice(doc.contentControls.indexOf(c), 1);
        else if (c.start === p) c.start = doc.paragraphs[i + 1];
        else if (c.end === p) c.end = doc.paragraphs[i - 1];
      }
      for (const c of doc.contentControls.filter((x) => x.p === p)) doc.contentControls.splice(doc.contentControls.indexOf(c), 1);
      doc.paragraphs.splice(i, 1);
      if (p.cell) {
        const t = p.cell.table;
        if (!doc.paragraphs.some((q) => q.cell && q.cell.table === t)) doc.tables.splice(doc.tables.indexOf(t), 1);
      }
    }

    function listString(p) {
      if (!p.isListItem) return '';
      if (!p.list || p.listString) return p.listString || '•';
      const lv = p.list.levels[p.level || 0] || { type: 'bullet', bullet: 'Solid' };
      if (lv.type === 'bullet') return BULLET[lv.bullet] || '•';
      const items = listItems(p.list);
      let n = 0;
      for (const q of items) {
        if ((q.level || 0) < (p.level || 0)) n = 0;
        else if ((q.level || 0) === (p.level || 0)) n++;
        if (q === p) break;
      }
      return `${n}.`;
    }

    // ---- load discipline, syncs and a count of queued calls ----------------------------------------------
    /** Counts every method call and property set on `obj` in doc.calls (what a batch would carry to Word). */
    function counted(obj) {
      for (const key of Object.keys(obj)) {
        const d = Object.getOwnPropertyDescriptor(obj, key);
        if (typeof d.value === 'function' && key !== 'load' && !key.startsWith('__')) {
          const fn = d.value;
          obj[key] = function (...args) {
            doc.calls++;
            return fn.apply(this, args);
          };
        } else if (d.set) {
          const set = d.set;
          Object.defineProperty(obj, key, {
            get: d.get,
            set(v) {
              doc.calls++;
              set.call(this, v);
            },
            enumerable: true,
            configurable: true,
          });
        }
      }
      return obj;
    }
    function loadable(target, names) {
      counted(target);
      target.__loaded = new Set();
      target.__pending = new Set();
      target.load = function (props) {
        const list = !props ? ['*'] : typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : Object.keys(props);
        for (const raw of list) {
          const name = String(raw).trim();
          if (!name) continue;
          const [head, rest] = name.split('/');
          if (head === 'items' && target.__items) {
            target.__pending.add('items');
            for (const it of target.__items()) if (it.load) it.load(rest || '*');
          } else target.__pending.add(head);
        }
        pending.add(target);
        return target;
      };
      for (const name of names) {
        const get = Object.getOwnPropertyDescriptor(target, name).get;
        Object.defineProperty(target, name, {
          get() {
            if (!target.__loaded.has(name) && !target.__loaded.has('*')) throw notLoaded(name);
            return get.call(target);
          },
          set: Object.getOwnPropertyDescriptor(target, name).set,
          enumerable: true,
          configurable: true,
        });
      }
      return target;
    }
    function sync() {
      doc.syncs++;
      for (const t of pending) {
        for (const n of t.__pending) t.__loaded.add(n);
        // As in Office.js: once anything of an object was loaded, whether it is a null object is known.
        t.__loaded.add('isNullObject');
        t.__pending.clear();
      }
      pending.clear();
      return Promise.resolve();
    }

    function collection(getItems, extra) {
      let snapshot = null;
      const items = () => (snapshot = snapshot || getItems());
      const c = {
        get items() {
          return items();
        },
        getFirst() {
          const it = items()[0];
          if (!it) throw new Error('ItemNotFound');
          return it;
        },
        getLast() {
          const all = items();
          if (!all.length) throw new Error('ItemNotFound');
          return all[all.length - 1];
        },
        getFirstOrNullObject() {
          return items()[0] || nullObject();
        },
      };
      Object.assign(c, extra || {});
      c.__items = items;
      return loadable(c, ['items']);
    }

    function nullObject() {
      return loadable(
        {
          get isNullObject() {
            return true;
          },
        },
        ['isNullObject'],
      );
    }

    /** The runs inside [from, to) of each paragraph span. */
    function runsIn(spans) {
      const out = [];
      for (const [q, f, t] of spans) {
        let at = 0;
        for (const r of runsOf(q)) {
          const a = Math.max(f, at);
          const b = Math.min(t, at + r.text.length);
          if (b > a) out.push(Object.assign({}, r, { text: r.text.slice(a - at, b - at) }));
          at += r.text.length;
        }
      }
      return out;
    }

    // ---- proxies -------------------------------------------------------------------------------------
    function paragraphProxy(p) {
      const proxy = {
        get isNullObject() {
          return false;
        },
        get text() {
          return p.text;
        },
        get styleBuiltIn() {
          return p.styleBuiltIn;
        },
        set styleBuiltIn(v) {
          log.push({ call: 'setStyle', text: p.text, style: v });
          p.styleBuiltIn = v;
        },
        get style() {
          return p.style || p.styleBuiltIn;
        },
        get isListItem() {
          return Boolean(p.isListItem);
        },
        get tableNestingLevel() {
          return p.tableNestingLevel || 0;
        },
        font: fontOf(() => [[p, 0, p.text.length]], p),
        get listItemOrNullObject() {
          return { isNullObject: !p.isListItem, level: p.level || 0, listString: listString(p), load() {} };
        },
        get listItem() {
          if (!p.isListItem) throw new Error('GeneralException: the paragraph is not a list item');
          return counted({
            get level() {
              return p.level || 0;
            },
            set level(v) {
              p.level = v;
            },
            get listString() {
              return listString(p);
            },
            load() {},
          });
        },
        get listOrNullObject() {
          return p.list ? listProxy(p.list) : nullObject();
        },
        get parentTableOrNullObject() {
          return p.cell ? tableProxy(p.cell.table) : nullObject();
        },
        get parentContentControlOrNullObject() {
          const i = indexOf(p);
          const around = blockControls().filter((c) => indexOf(c.start) <= i && i <= indexOf(c.end));
          around.sort((a, b) => indexOf(b.start) - indexOf(a.start) || indexOf(a.end) - indexOf(b.end));
          return around[0] ? ccProxy(around[0]) : nullObject();
        },
        getHtml: () => ({ value: p.html || `<p>${p.text}</p>` }),
        insertParagraph(text, loc) {
          if (p.cell) throw new Error('not modelled: a paragraph inserted inside a table cell');
          if (loc !== 'After' && loc !== 'Before') throw new Error(`Paragraph.insertParagraph: ${loc} is not a valid location`);
          const np = newParagraph(text, p);
          placeParagraph(np, loc === 'Before' ? indexOf(p) : indexOf(p) + 1, loc === 'After');
          log.push({ call: 'insertParagraph', loc });
          return paragraphProxy(np);
        },
        insertText(text, loc) {
          if (loc === 'Replace') {
            deleteSpan(p, 0, p.text.length);
            return rangeProxy(range(p, ...insertTextAt(p, 0, text, formatOf(p.mark))));
          }
          const at = loc === 'Start' ? 0 : p.text.length;
          return rangeProxy(range(p, ...insertTextAt(p, at, text)));
        },
        startNewList() {
          if (p.isListItem) throw new Error('GeneralException: the paragraph is already a list item');
          const list = { id: nextId++, levels: { 0: { type: 'bullet', bullet: 'Solid' } } };
          Object.assign(p, { isListItem: true, list, level: 0 });
          return listProxy(list);
        },
        insertTable(rows, cols, loc, values) {
          if (loc !== 'After' && loc !== 'Before') throw new Error(`Paragraph.insertTable: ${loc} is not a valid location`);
          return tableProxy(insertTable(loc === 'Before' ? indexOf(p) : indexOf(p) + 1, rows, cols, values));
        },
        getRange(loc) {
          const n = p.text.length;
          if (loc === 'Start') return rangeProxy(range(p, 0, 0));
          if (loc === 'End') return rangeProxy(range(p, n, n));
          if (loc === 'Content') return rangeProxy(range(p, 0, n));
          return rangeProxy(range(p, 0, n, p, true));
        },
        insertContentControl() {
          return ccProxy(addControl({ start: p, end: p }));
        },
        get alignment() {
          return p.alignment || 'Left';
        },
        set alignment(v) {
          p.alignment = v;
        },
        insertInlinePictureFromBase64(base64, loc) {
          if (loc !== 'Start' && loc !== 'End' && loc !== 'Replace') throw new Error(`Paragraph.insertInlinePictureFromBase64: ${loc} is not a valid location`);
          if (loc === 'Replace') deleteSpan(p, 0, p.text.length);
          return insertPicture(p, loc === 'Start' ? 'Start' : 'End', base64, loc);
        },
        insertHtml(html, loc) {
          const i = indexOf(p);
          const empty = p.text === '' && loc === 'Start';
          return importHtml(html, empty || loc === 'Replace' ? i : loc === 'End' ? i + 1 : i, empty || loc === 'Replace' ? 1 : 0);
        },
        delete() {
          removeParagraph(p);
        },
        select(mode) {
          select(range(p, 0, p.text.length), mode);
        },
        search(needle, options) {
          return opts.search ? opts.search(needle, [p], 0, p.text.length, options) : collection(() => []);
        },
        // Revisions and comments are modelled by the host part (word.js) through these hooks.
        getTrackedChanges() {
          return opts.trackedChanges ? opts.trackedChanges([p]) : collection(() => []);
        },
      };
      proxy.__p = p;
      return loadable(proxy, ['text', 'styleBuiltIn', 'style', 'isListItem', 'tableNestingLevel', 'isNullObject']);
    }

    function fontOf(spans, p) {
      const patch = (k, v) => {
        for (const [q, from, to] of spans()) formatSpan(q, from, to, { [k]: v });
        if (p) p.mark[k] = v;
      };
      const read = (k) => {
        // A paragraph given as mixed (bold: null) in the state reads as mixed, as Word reports it.
        if (p && p[k] === null) return null;
        const values = new Set(runsIn(spans()).map((r) => Boolean(r[k])));
        return values.size > 1 ? null : values.has(true);
      };
      return counted({
        get bold() {
          return read('bold');
        },
        set bold(v) {
          patch('bold', v || undefined);
        },
        get italic() {
          return read('italic');
        },
        set italic(v) {
          patch('italic', v || undefined);
        },
        set strikeThrough(v) {
          patch('strike', v || undefined);
        },
        set name(v) {
          patch('font', v);
        },
        set underline(v) {
          patch('underline', v);
        },
        load() {
          return this;
        },
      });
    }

    function range(a, ao, bo, b, mark) {
      return { a, ao, b: b || a, bo, mark: Boolean(mark) };
    }
    function spansOf(r) {
      const i = indexOf(r.a);
      const j = indexOf(r.b);
      if (i < 0 || j < 0) throw new Error('InvalidArgument: the range is no longer in the document');
      const out = [];
      for (let k = i; k <= j; k++) {
        const q = doc.paragraphs[k];
        out.push([q, k === i ? r.ao : 0, k === j ? r.bo : q.text.length]);
      }
      return out;
    }
    const wholeParagraphs = (r) => r.ao === 0 && (r.mark || r.bo === r.b.text.length) && (r.mark || r.a !== r.b || r.a.text.length === 0);

    function rangeProxy(r) {
      const proxy = {
        get isNullObject() {
          return false;
        },
        get text() {
          return spansOf(r)
            .map(([q, f, t]) => q.text.slice(f, t))
            .join('\r');
        },
        font: fontOf(() => spansOf(r), null),
        set hyperlink(v) {
          for (const [q, f, t] of spansOf(r)) formatSpan(q, f, t, { href: v });
        },
        get paragraphs() {
          return collection(() => spansOf(r).map(([q]) => paragraphProxy(q)));
        },
        get tables() {
          return collection(() => {
            const inside = new Set(spansOf(r).map(([q]) => q));
            return doc.tables.filter((t) => t.cells.length && inside.has(t.cells[0][0])).map(tableProxy);
          });
        },
        insertText(text, loc) {
          if (r.a !== r.b && loc === 'Replace') throw new Error('not modelled: replacing text across paragraphs');
          if (loc === 'Replace') {
            const fmt = formatAt(r.a, r.ao + 1 <= r.bo ? r.ao + 1 : r.ao);
            deleteSpan(r.a, r.ao, r.bo);
            return rangeProxy(range(r.a, ...insertTextAt(r.a, r.ao, text, fmt)));
          }
          const [q, at] = loc === 'Start' || loc === 'Before' ? [r.a, r.ao] : [r.b, r.bo];
          return rangeProxy(range(q, ...insertTextAt(q, at, text)));
        },
        insertParagraph(text, loc) {
          const anchor = loc === 'Before' ? r.a : r.b;
          return paragraphProxy(anchor).insertParagraph(text, loc);
        },
        insertHtml(html, loc) {
          const i = indexOf(r.a);
          const j = indexOf(r.b);
          if (loc === 'Replace') return importHtml(html, i, j - i + 1);
          return importHtml(html, loc === 'Before' || loc === 'Start' ? i : j + 1, 0);
        },
        expandTo(other) {
          const o = other.__r;
          return rangeProxy(range(r.a, r.ao, o.bo, o.b, o.mark));
        },
        getRange(loc) {
          if (loc === 'Start') return rangeProxy(range(r.a, r.ao, r.ao));
          if (loc === 'End') return rangeProxy(range(r.b, r.bo, r.bo));
          return rangeProxy(r);
        },
        insertContentControl() {
          if (wholeParagraphs(r)) return ccProxy(addControl({ start: r.a, end: r.b }));
          if (r.a !== r.b) throw new Error('not modelled: a content control over part of several paragraphs');
          return ccProxy(addControl({ p: r.a, from: r.ao, to: r.bo }));
        },
        insertInlinePictureFromBase64(base64, loc) {
          if (!['Replace', 'Start', 'End', 'Before', 'After'].includes(loc))
            throw new Error(`Range.insertInlinePictureFromBase64: ${loc} is not a valid location`);
          // The model keeps a picture by paragraph: in the range's first paragraph before or at its start,
          // in its last one otherwise (a picture replacing text takes the text's place).
          if (loc === 'Replace') for (const [q, f, t] of spansOf(r).reverse()) deleteSpan(q, f, t);
          const first = loc === 'Before' || loc === 'Start';
          return insertPicture(first ? r.a : r.b, first ? 'Start' : 'End', base64, loc);
        },
        delete() {
          if (wholeParagraphs(r)) for (const [q] of spansOf(r)) removeParagraph(q);
          else for (const [q, f, t] of spansOf(r).reverse()) deleteSpan(q, f, t);
        },
        insertComment(text) {
          if (!opts.comment) throw new Error('not modelled: comments');
          return opts.comment(r.a, r.ao, r.b === r.a ? r.bo : r.a.text.length, text);
        },
        select(mode) {
          select(r, mode);
        },
        search(needle, options) {
          // Each paragraph of the range is searched within its own part of the range.
          if (!opts.search) return collection(() => []);
          const items = spansOf(r).flatMap(([q, f, t]) => opts.search(needle, [q], f, t, options).items);
          return {
            items,
            load() {
              return this;
            },
          };
        },
      };
      proxy.__r = r;
      return loadable(proxy, ['text', 'isNullObject']);
    }

    /**
     * An inline picture in paragraph p: kept in p.pictures and logged, the record itself being the
     * InlinePicture proxy (so the log shows the size and alt text the add-in set on it). Word takes
     * base64 without a data: prefix and refuses anything else.
     */
    function insertPicture(p, where, base64, loc) {
      if (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw new Error('InvalidArgument: the picture is not base64 image data');
      const picture = {
        call: 'insertInlinePictureFromBase64',
        loc,
        base64,
        width: 0,
        height: 0,
        lockAspectRatio: false,
        altTextTitle: '',
        altTextDescription: '',
      };
      Object.defineProperties(picture, {
        select: { value: () => select(range(p, 0, p.text.length)) },
        delete: { value: () => p.pictures.splice(p.pictures.indexOf(picture), 1) },
        load: { value: () => picture },
      });
      p.pictures = p.pictures || [];
      if (where === 'Start') p.pictures.unshift(picture);
      else p.pictures.push(picture);
      log.push(picture);
      return picture;
    }

    function select(r, mode) {
      const at = mode === 'End' ? range(r.b, r.bo, r.bo) : mode === 'Start' ? range(r.a, r.ao, r.ao) : r;
      doc.selected = at;
      log.push({ call: 'select', mode: mode || 'Select' });
    }

    function addControl(c) {
      const cc = Object.assign({ id: nextId++, tag: '', title: '', appearance: 'BoundingBox' }, c);
      doc.contentControls.push(cc);
      log.push({ call: 'insertContentControl' });
      return cc;
    }

    function ccProxy(c) {
      const inner = () => {
        if (c.p) return [[c.p, c.from, c.to]];
        const i = indexOf(c.start);
        const j = indexOf(c.end);
        return doc.paragraphs.slice(i, j + 1).map((q) => [q, 0, q.text.length]);
      };
      const proxy = {
        get isNullObject() {
          return false;
        },
        get id() {
          return c.id;
        },
        get tag() {
          return c.tag;
        },
        set tag(v) {
          c.tag = v;
        },
        get title() {
          return c.title;
        },
        set title(v) {
          c.title = v;
        },
        get appearance() {
          return c.appearance;
        },
        set appearance(v) {
          c.appearance = v;
        },
        get text() {
          return inner()
            .map(([q, f, t]) => q.text.slice(f, t))
            .join('\r');
        },
        get paragraphs() {
          return collection(() => inner().map(([q]) => paragraphProxy(q)));
        },
        insertParagraph(text, loc) {
          if (c.p) throw new Error('not modelled: a paragraph in an inline content control');
          const np = newParagraph(text, loc === 'After' || loc === 'End' ? c.end : c.start);
          if (loc === 'After') placeParagraph(np, indexOf(c.end) + 1, false);
          else if (loc === 'Before') placeParagraph(np, indexOf(c.start), false);
          else if (loc === 'End') {
            placeParagraph(np, indexOf(c.end) + 1, false);
            c.end = np;
          } else {
            placeParagraph(np, indexOf(c.start), false);
            c.start = np;
          }
          return paragraphProxy(np);
        },
        getRange(loc) {
          const [[a, ao]] = inner();
          const spans = inner();
          const [b, , bo] = spans[spans.length - 1];
          if (loc === 'End') return rangeProxy(range(b, bo, bo));
          if (loc === 'Start') return rangeProxy(range(a, ao, ao));
          return rangeProxy(range(a, ao, bo, b, !c.p));
        },
        delete(keepContent) {
          const spans = inner();
          doc.contentControls.splice(doc.contentControls.indexOf(c), 1);
          log.push({ call: 'deleteContentControl', tag: c.tag, keepContent });
          if (keepContent) return;
          if (c.p) deleteSpan(c.p, c.from, c.to);
          else for (const [q] of spans) removeParagraph(q);
        },
        select(mode) {
          const spans = inner();
          select(range(spans[0][0], spans[0][1], spans[spans.length - 1][2], spans[spans.length - 1][0], !c.p), mode);
        },
      };
      return loadable(proxy, ['id', 'tag', 'title', 'appearance', 'text', 'isNullObject']);
    }

    function listProxy(list) {
      const proxy = {
        get isNullObject() {
          return false;
        },
        get id() {
          return list.id;
        },
        get levelTypes() {
          return Object.keys(list.levels).map((k) => list.levels[k].type);
        },
        get paragraphs() {
          return collection(() => listItems(list).map(paragraphProxy));
        },
        insertParagraph(text, loc) {
          const items = listItems(list);
          const first = items[0];
          const last = items[items.length - 1];
          const anchor = loc === 'Start' || loc === 'Before' ? first : last;
          const np = newParagraph(text, anchor);
          const inList = loc === 'Start' || loc === 'End';
          if (inList) Object.assign(np, { isListItem: true, list, level: 0 });
          else Object.assign(np, { isListItem: false, list: undefined, level: undefined });
          placeParagraph(np, loc === 'Start' || loc === 'Before' ? indexOf(first) : indexOf(last) + 1, loc === 'End' || loc === 'After');
          return paragraphProxy(np);
        },
        setLevelBullet(level, bullet) {
          list.levels[level] = { type: 'bullet', bullet };
        },
        setLevelNumbering(level, numbering, format) {
          list.levels[level] = { type: 'number', numbering, format };
        },
        setLevelStartingNumber(level, n) {
          list.levels[level] = Object.assign({}, list.levels[level], { start: n });
        },
      };
      return loadable(proxy, ['id', 'levelTypes', 'isNullObject']);
    }

    function insertTable(index, rows, cols, values) {
      if (values && (values.length !== rows || values.some((r) => r.length !== cols))) throw new Error('InvalidArgument: values do not match the table size');
      const t = { cells: [], headerRowCount: 0, styleBuiltIn: 'TableNormal', rowFormats: [], columnWidths: Array(cols).fill(null), width: doc.textWidth };
      const made = [];
      for (let r = 0; r < rows; r++) {
        t.cells.push([]);
        t.rowFormats.push({});
        for (let c = 0; c < cols; c++) {
          const cp = newParagraph((values && values[r][c]) || '', null);
          Object.assign(cp, { tableNestingLevel: 1, cell: { table: t, row: r, col: c } });
          t.cells[r].push(cp);
          made.push(cp);
        }
      }
      doc.paragraphs.splice(index, 0, ...made);
      doc.tables.push(t);
      doc.tables.sort((x, y) => tableIndex(x) - tableIndex(y));
      log.push({ call: 'insertTable', rows, cols });
      return t;
    }
    const tableIndex = (t) => (t.cells.length ? indexOf(t.cells[0][0]) : -1);
    const tableValues = (t) => t.detached || t.cells.map((row) => row.map((q) => q.text));

    function tableProxy(t) {
      const cellsFlat = () => t.cells.flat();
      const proxy = {
        get isNullObject() {
          return false;
        },
        get values() {
          return tableValues(t);
        },
        get nestingLevel() {
          return 1;
        },
        get rowCount() {
          return tableValues(t).length;
        },
        get width() {
          return t.width;
        },
        get headerRowCount() {
          return t.headerRowCount;
        },
        set headerRowCount(v) {
          t.headerRowCount = v;
        },
        get styleBuiltIn() {
          return t.styleBuiltIn;
        },
        set styleBuiltIn(v) {
          t.styleBuiltIn = v;
        },
        get rows() {
          const row = (r) =>
            counted({
              font: fontOf(() => t.cells[r].map((q) => [q, 0, q.text.length]), null),
              set shadingColor(v) {
                t.rowFormats[r].shadingColor = v;
              },
            });
          return { getFirst: () => row(0), items: t.cells.map((_r, i) => row(i)), load() {} };
        },
        getCell(r, c) {
          const q = t.cells[r] && t.cells[r][c];
          if (!q) throw new Error('ItemNotFound: no such cell');
          return counted({
            set columnWidth(v) {
              t.columnWidths[c] = v;
            },
            get value() {
              return q.text;
            },
            body: counted({
              insertText(text, loc) {
                const at = loc === 'Start' ? 0 : q.text.length;
                return rangeProxy(range(q, ...insertTextAt(q, at, text)));
              },
            }),
          });
        },
        getRange() {
          const all = cellsFlat();
          const last = all[all.length - 1];
          return rangeProxy(range(all[0], 0, last.text.length, last, true));
        },
        insertParagraph(text, loc) {
          const all = cellsFlat();
          const np = newParagraph(text, null);
          placeParagraph(np, loc === 'Before' ? indexOf(all[0]) : indexOf(all[all.length - 1]) + 1, loc === 'After');
          return paragraphProxy(np);
        },
      };
      return loadable(proxy, ['values', 'nestingLevel', 'rowCount', 'width', 'isNullObject']);
    }

    /** Word's HTML import, roughly: headings keep built-in styles, list items become list paragraphs, tables tables. */
    function importHtml(html, index, replaceCount) {
      log.push({ call: 'insertHtml', html });
      if (!opts.DOMParser) throw new Error('insertHtml needs a DOMParser');
      const dom = new opts.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const out = [];
      const tables = [];
      const walk = (el, depth, list) => {
        for (const node of Array.from(el.children)) {
          const tag = node.tagName.toLowerCase();
          if (/^h[1-6]$/.test(tag)) out.push(newHtmlParagraph(node.textContent, `Heading${tag[1]}`));
          else if (tag === 'p' || tag === 'pre') out.push(newHtmlParagraph(node.textContent, 'Normal'));
          else if (tag === 'ul' || tag === 'ol') {
            const l = list || { id: nextId++, levels: {} };
            l.levels[depth] = tag === 'ol' ? { type: 'number', numbering: 'Arabic' } : { type: 'bullet', bullet: 'Solid' };
            walk(node, depth + 1, l);
          } else if (tag === 'li') {
            const own = Array.from(node.childNodes)
              .filter((n) => !(n.tagName && /^(ul|ol)$/i.test(n.tagName)))
              .map((n) => n.textContent)
              .join('');
            out.push(Object.assign(newHtmlParagraph(own, 'ListParagraph'), { isListItem: true, list, level: depth - 1 }));
            walk(node, depth, list);
          } else if (tag === 'table') {
            const rows = Array.from(node.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
            const t = { cells: [], headerRowCount: 0, styleBuiltIn: 'TableNormal', rowFormats: rows.map(() => ({})), columnWidths: [], width: doc.textWidth };
            rows.forEach((r, ri) => {
              t.cells.push(
                r.map((text, ci) => Object.assign(newHtmlParagraph(text, 'Normal'), { tableNestingLevel: 1, cell: { table: t, row: ri, col: ci } })),
              );
              out.push(...t.cells[ri]);
            });
            tables.push(t);
          } else walk(node, depth, list);
        }
      };
      walk(dom.body, 0, null);
      const replaced = doc.paragraphs.slice(index, index + replaceCount);
      for (const q of replaced) removeParagraph(q);
      doc.paragraphs.splice(index, 0, ...out);
      doc.tables.push(...tables);
      doc.tables.sort((x, y) => tableIndex(x) - tableIndex(y));
      if (!out.length) return rangeProxy(range(doc.paragraphs[index] || doc.paragraphs[index - 1], 0, 0));
      const last = out[out.length - 1];
      return rangeProxy(range(out[0], 0, last.text.length, last, true));
    }
    function newHtmlParagraph(text, style) {
      const np = newParagraph(text, null);
      np.styleBuiltIn = style;
      return np;
    }

    // ---- body, selection, content controls -------------------------------------------------------------
    function selectionRange() {
      if (doc.selected && indexOf(doc.selected.a) >= 0 && indexOf(doc.selected.b) >= 0) return doc.selected;
      const picked = (state.selection || [0]).map((i) => doc.paragraphs[i]).filter(Boolean);
      const a = picked[0] || doc.paragraphs[0];
      const b = picked[picked.length - 1] || a;
      if (state.selectionText !== undefined && a === b) {
        const at = Math.max(0, a.text.indexOf(state.selectionText));
        return range(a, at, at + state.selectionText.length);
      }
      return range(a, 0, b.text.length, b);
    }
    function body() {
      const proxy = {
        get text() {
          return doc.paragraphs.map((p) => p.text).join('\r');
        },
        get paragraphs() {
          return collection(() => doc.paragraphs.map(paragraphProxy));
        },
        get tables() {
          return collection(() => doc.tables.map(tableProxy));
        },
        get contentControls() {
          const items = () => doc.contentControls.map(ccProxy);
          return collection(items, {
            getByTag(tag) {
              return collection(() => doc.contentControls.filter((c) => c.tag === tag).map(ccProxy));
            },
          });
        },
        insertParagraph(text, loc) {
          const np = newParagraph(text, null);
          placeParagraph(np, loc === 'Start' ? 0 : doc.paragraphs.length, false);
          return paragraphProxy(np);
        },
        search(needle, options) {
          return opts.search ? opts.search(needle, doc.paragraphs, undefined, undefined, options) : collection(() => []);
        },
        getComments() {
          return opts.comments ? opts.comments() : collection(() => []);
        },
        getTrackedChanges() {
          return opts.trackedChanges ? opts.trackedChanges(doc.paragraphs) : collection(() => []);
        },
        getRange(loc) {
          const last = doc.paragraphs[doc.paragraphs.length - 1];
          if (loc === 'End') return rangeProxy(range(last, last.text.length, last.text.length));
          return rangeProxy(range(doc.paragraphs[0], 0, last.text.length, last, true));
        },
      };
      return loadable(proxy, ['text']);
    }
    const selection = () => rangeProxy(selectionRange());

    // ---- the document as a tree, for assertions --------------------------------------------------------
    function runsForTree(p) {
      const runs = runsOf(p).filter((r) => r.text);
      if (!runs.some((r) => FORMAT_KEYS.some((k) => r[k] !== undefined))) return undefined;
      return runs.map((r) => Object.assign({ text: r.text.replace(/\v/g, '\n') }, formatOf(r)));
    }
    function paragraphNode(p) {
      const node = { type: p.isListItem ? 'listItem' : 'paragraph', style: p.styleBuiltIn, text: p.text.replace(/\v/g, '\n') };
      if (p.isListItem) {
        node.level = p.level || 0;
        node.kind = p.list ? (p.list.levels[p.level || 0] || { type: 'bullet' }).type : /\d/.test(p.listString || '') ? 'number' : 'bullet';
        node.list = p.list ? lists.indexOf(p.list) + 1 : 0;
      }
      const runs = runsForTree(p);
      if (runs) node.runs = runs;
      if (p.alignment) node.alignment = p.alignment;
      if (p.pictures && p.pictures.length)
        node.pictures = p.pictures.map((x) => ({
          png: x.base64.startsWith('iVBORw0KGgo'),
          width: x.width,
          height: x.height,
          lockAspectRatio: x.lockAspectRatio,
          altTextTitle: x.altTextTitle,
          altTextDescription: x.altTextDescription,
        }));
      const inline = doc.contentControls.filter((c) => c.p === p);
      if (inline.length) node.contentControls = inline.map((c) => ({ tag: c.tag, title: c.title, text: p.text.slice(c.from, c.to) }));
      return node;
    }
    let lists = [];
    function tree() {
      lists = [];
      for (const p of doc.paragraphs) if (p.list && !lists.includes(p.list)) lists.push(p.list);
      return walkTree(0, doc.paragraphs.length - 1, new Set());
    }
    function walkTree(from, to, used) {
      const out = [];
      for (let i = from; i <= to; i++) {
        const p = doc.paragraphs[i];
        const cc = blockControls()
          .filter((c) => !used.has(c) && indexOf(c.start) === i && indexOf(c.end) <= to)
          .sort((a, b) => indexOf(b.end) - indexOf(a.end))[0];
        if (cc) {
          const end = indexOf(cc.end);
          out.push({ type: 'contentControl', tag: cc.tag, title: cc.title, appearance: cc.appearance, children: walkTree(i, end, new Set([...used, cc])) });
          i = end;
          continue;
        }
        if (p.cell) {
          const t = p.cell.table;
          const last = indexOf(t.cells[t.cells.length - 1][t.cells[0].length - 1]);
          out.push({
            type: 'table',
            style: t.styleBuiltIn,
            headerRowCount: t.headerRowCount,
            rows: t.cells.map((row) => row.map((q) => q.text.replace(/\v/g, '\n'))),
            headerShading: t.rowFormats[0] && t.rowFormats[0].shadingColor,
            headerBold: t.cells[0].every((q) => runsOf(q).every((r) => r.bold)),
            cellRuns: t.cells.map((row) => row.map(runsForTree)),
            widths: t.columnWidths,
            width: t.width,
          });
          i = Math.max(i, last);
          continue;
        }
        out.push(paragraphNode(p));
      }
      return out;
    }

    /** Replaces text inside one paragraph, the new text taking the formatting of what it replaces. */
    function replaceText(p, from, to, text) {
      const fmt = formatAt(p, from < to ? from + 1 : from);
      deleteSpan(p, from, to);
      if (text) insertTextAt(p, from, text, fmt);
    }

    function setSelection(indexes) {
      state.selection = indexes.slice();
      state.selectionText = undefined;
      doc.selected = null;
    }

    return { doc, log, sync, body, selection, setSelection, replaceText, tree, paragraphProxy, listString, runsOf };
  }

  root.__dsplusWordDocument = { createWordDocument };
  if (typeof globalThis !== 'undefined') globalThis.__dsplusWordDocument = root.__dsplusWordDocument;
})(typeof window !== 'undefined' ? window : globalThis);

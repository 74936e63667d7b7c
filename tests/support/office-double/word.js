// Office.js host double, Word part: a small in-memory document behind the Word.run API the adapter
// (src/office/word.ts) uses. State comes from window.__OFFICE_DOUBLE__.state:
//   { paragraphs: [{ text, styleBuiltIn?, isListItem?, level?, listString?, bold?, italic? }], selection: [index…] }
// The document is exposed as window.__WORD_DOC__ = { paragraphs, revisions, trackingMode, footnotes } for
// assertions; footnotes are { text, anchor, p, at } (Range.insertFootnote, WordApi 1.5: the reference
// mark sits right after the range it was inserted on).
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || {};
  const state = cfg.state || {};
  const log = window.__OFFICE_LOG__ || (window.__OFFICE_LOG__ = []);
  const doc = (window.__WORD_DOC__ = {
    paragraphs: (state.paragraphs || [{ text: '' }]).map((p) => Object.assign({ styleBuiltIn: 'Normal', tableNestingLevel: 0 }, p)),
    tables: [],
    revisions: [],
    trackingMode: 'Off',
    footnotes: [],
  });
  let selection = (state.selection || [0]).slice();

  const collection = (items) => ({
    items,
    load() {
      return this;
    },
    getFirst() {
      return items[0];
    },
    getLast() {
      return items[items.length - 1];
    },
  });

  function paragraphObject(p) {
    const at = () => doc.paragraphs.indexOf(p);
    return {
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
        return p.styleBuiltIn;
      },
      get isListItem() {
        return Boolean(p.isListItem);
      },
      get tableNestingLevel() {
        return p.tableNestingLevel || 0;
      },
      font: {
        get bold() {
          return p.bold === undefined ? false : p.bold;
        },
        get italic() {
          return p.italic === undefined ? false : p.italic;
        },
        load() {},
      },
      listItemOrNullObject: { isNullObject: !p.isListItem, level: p.level || 0, listString: p.listString || '•', load() {} },
      getHtml: () => ({ value: p.html || `<p>${p.text}</p>` }),
      load() {
        return this;
      },
      insertParagraph(text, loc) {
        const np = { text, styleBuiltIn: 'Normal', tableNestingLevel: 0 };
        doc.paragraphs.splice(loc === 'Before' ? at() : at() + 1, 0, np);
        log.push({ call: 'insertParagraph', loc });
        return paragraphObject(np);
      },
      insertHtml(html, loc) {
        return insertHtmlAt(html, at(), loc === 'Replace' || (p.text === '' && loc === 'Start') ? 1 : 0);
      },
    };
  }

  /** Word's HTML import, roughly: headings keep built-in styles, list items become list paragraphs, cells table paragraphs. */
  function insertHtmlAt(html, index, replaceCount) {
    log.push({ call: 'insertHtml', html });
    const dom = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const out = [];
    const walk = (el, depth) => {
      for (const node of Array.from(el.children)) {
        const tag = node.tagName.toLowerCase();
        if (/^h[1-6]$/.test(tag)) out.push({ text: node.textContent, styleBuiltIn: `Heading${tag[1]}` });
        else if (tag === 'p' || tag === 'pre') out.push({ text: node.textContent, styleBuiltIn: 'Normal' });
        else if (tag === 'ul' || tag === 'ol') walk(node, depth + 1);
        else if (tag === 'li') {
          const own = Array.from(node.childNodes).filter((n) => !(n.tagName && /^(ul|ol)$/i.test(n.tagName))).map((n) => n.textContent).join('');
          out.push({ text: own, styleBuiltIn: 'ListParagraph', isListItem: true, level: depth - 1, listString: node.parentElement.tagName === 'OL' ? '1.' : '•' });
          walk(node, depth);
        } else if (tag === 'table') {
          const rows = Array.from(node.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
          doc.tables.push(rows);
          for (const r of rows) for (const c of r) out.push({ text: c, styleBuiltIn: 'Normal', tableNestingLevel: 1 });
        } else walk(node, depth);
      }
    };
    walk(dom.body, 0);
    for (const p of out) p.tableNestingLevel = p.tableNestingLevel || 0;
    doc.paragraphs.splice(index, replaceCount, ...out);
    return {
      paragraphs: collection(out.map(paragraphObject)),
      select() {},
      load() {},
      search(needle) {
        return searchIn(needle, out);
      },
    };
  }

  // Ranges are live, as Word's are: text replaced before a range moves the range with it.
  const liveRanges = new Set();
  function rangeIn(p, offset, length) {
    const r = {
      p,
      offset,
      length,
      get text() {
        return p.text.slice(r.offset, r.offset + r.length);
      },
      load() {
        return this;
      },
      paragraphs: { getFirst: () => paragraphObject(p) },
      insertText(t, loc) {
        if (loc !== 'Replace') throw new Error('only Replace is modelled');
        const start = r.offset;
        const end = r.offset + r.length;
        // Deleting a citation's "[n]" after its footnote went in is not a proofreading revision.
        if (!r.footnoted) doc.revisions.push({ original: p.text.slice(start, end), replacement: t, tracked: doc.trackingMode !== 'Off' });
        const shift = t.length - r.length;
        for (const f of doc.footnotes) if (f.p === p && f.at >= end) f.at += shift;
        for (const o of liveRanges) if (o !== r && o.p === p && o.offset >= end) o.offset += shift;
        p.text = p.text.slice(0, start) + t + p.text.slice(end);
        r.length = t.length;
      },
      insertFootnote(text) {
        if (!(cfg.requirementSets && cfg.requirementSets.WordApi && Number(cfg.requirementSets.WordApi) >= 1.5)) throw new Error('insertFootnote needs WordApi 1.5');
        r.footnoted = true;
        doc.footnotes.push({ text, anchor: r.text, p, at: r.offset + r.length });
        log.push({ call: 'insertFootnote', text });
        return { body: { text } };
      },
      search(needle) {
        return searchIn(needle, [p], r.offset, r.offset + r.length);
      },
      getRange(where) {
        const from = where === 'Start' ? r.offset : r.offset + r.length;
        return { expandTo: () => rangeIn(p, from, p.text.length - from) };
      },
      expandTo(other) {
        return rangeIn(p, r.offset, other.offset + other.length - r.offset);
      },
    };
    liveRanges.add(r);
    return r;
  }

  function searchIn(needle, paragraphs, from, to) {
    if (needle.length > 255) throw new Error('SearchStringInvalidOrTooLong');
    const plain = needle.replace(/\^([\^p])/g, (_m, c) => (c === 'p' ? '\n' : '^'));
    const items = [];
    for (const p of paragraphs) {
      const end = Math.min(to === undefined ? Infinity : to, p.text.length);
      for (let i = p.text.indexOf(plain, from || 0); i >= 0 && i + plain.length <= end; i = p.text.indexOf(plain, i + plain.length)) items.push(rangeIn(p, i, plain.length));
    }
    return collection(items);
  }

  function selectionRange() {
    const ps = selection.map((i) => doc.paragraphs[i]).filter(Boolean);
    return {
      get text() {
        return ps.map((p) => p.text).join('\r');
      },
      load() {
        return this;
      },
      paragraphs: collection(ps.map(paragraphObject)),
      tables: collection([]),
      insertHtml(html, loc) {
        const at = doc.paragraphs.indexOf(ps[0]);
        return insertHtmlAt(html, at, loc === 'Replace' ? ps.length : 0);
      },
      insertText(t) {
        ps.forEach((p, i) => (p.text = i === 0 ? t : ''));
      },
      // An inline picture after the selection: logged with the properties the add-in sets on it.
      insertInlinePictureFromBase64(base64, loc) {
        const picture = { call: 'insertInlinePictureFromBase64', base64, loc, select() {} };
        log.push(picture);
        return picture;
      },
    };
  }

  function body() {
    return {
      get text() {
        return doc.paragraphs.map((p) => p.text).join('\r');
      },
      load() {
        return this;
      },
      get paragraphs() {
        return collection(doc.paragraphs.map(paragraphObject));
      },
      get tables() {
        return collection(doc.tables.map((values) => ({ values, nestingLevel: 1 })));
      },
      insertParagraph(text, loc) {
        const np = { text, styleBuiltIn: 'Normal', tableNestingLevel: 0 };
        if (loc === 'Start') doc.paragraphs.unshift(np);
        else doc.paragraphs.push(np);
        return paragraphObject(np);
      },
      search(needle) {
        return searchIn(needle, doc.paragraphs);
      },
      getRange() {
        return {};
      },
    };
  }

  window.Word = {
    run(cb) {
      const context = {
        document: {
          get body() {
            return body();
          },
          getSelection: selectionRange,
          get changeTrackingMode() {
            return doc.trackingMode;
          },
          set changeTrackingMode(v) {
            log.push({ call: 'changeTrackingMode', value: v });
            doc.trackingMode = v;
          },
          load() {
            return this;
          },
        },
        sync: () => Promise.resolve(),
      };
      return Promise.resolve().then(() => cb(context));
    },
    InsertLocation: { after: 'After', before: 'Before', end: 'End', start: 'Start', replace: 'Replace' },
    ChangeTrackingMode: { off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly' },
  };
  window.__setWordSelection = (indexes) => {
    selection = indexes.slice();
  };
})();

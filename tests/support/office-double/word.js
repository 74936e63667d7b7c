// Office.js host double, Word part: the Word.run API over the shared document model (word-document.js,
// loaded just before this file), plus what only the proofreading and picture flows need. State comes
// from window.__OFFICE_DOUBLE__.state:
//   { paragraphs: [{ text, styleBuiltIn?, isListItem?, level?, listString?, bold?, italic? }], selection: [index…] }
// The document is exposed as window.__WORD_DOC__ = { paragraphs, tables, contentControls, revisions,
// trackingMode, footnotes, syncs, calls } and as a tree by window.__WORD_TREE__() for assertions; footnotes
// are { text, anchor, p, at } (Range.insertFootnote, WordApi 1.5: the reference mark sits right after the
// range it was inserted on).
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || {};
  const log = window.__OFFICE_LOG__ || (window.__OFFICE_LOG__ = []);
  const model = window.__dsplusWordDocument.createWordDocument(cfg.state || {}, { log, DOMParser: window.DOMParser, search: searchIn });
  const doc = (window.__WORD_DOC__ = model.doc);
  window.__WORD_TREE__ = () => model.tree();

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

  // Search hits, as proofreading and footnotes use them: a range inside one paragraph that can be replaced
  // (a revision, tracked or not), searched again, stretched to a later hit, or given a footnote. Ranges are
  // live, as Word's are: text replaced before a range moves the range with it.
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
      paragraphs: { getFirst: () => model.paragraphProxy(p) },
      insertText(t, loc) {
        if (loc !== 'Replace') throw new Error('only Replace is modelled');
        const start = r.offset;
        const end = r.offset + r.length;
        // Deleting a citation's "[n]" after its footnote went in is not a proofreading revision.
        if (!r.footnoted) doc.revisions.push({ original: p.text.slice(start, end), replacement: t, tracked: doc.trackingMode !== 'Off' });
        const shift = t.length - r.length;
        for (const f of doc.footnotes) if (f.p === p && f.at >= end) f.at += shift;
        for (const o of liveRanges) if (o !== r && o.p === p && o.offset >= end) o.offset += shift;
        model.replaceText(p, start, end, t);
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

  function selection() {
    const sel = model.selection();
    // An inline picture after the selection: logged with the properties the add-in sets on it.
    sel.insertInlinePictureFromBase64 = (base64, loc) => {
      const picture = { call: 'insertInlinePictureFromBase64', base64, loc, select() {} };
      log.push(picture);
      return picture;
    };
    return sel;
  }

  window.Word = {
    run(cb) {
      const context = {
        document: {
          get body() {
            return model.body();
          },
          getSelection: selection,
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
        sync: () => model.sync(),
      };
      return Promise.resolve().then(() => cb(context));
    },
    InsertLocation: { after: 'After', before: 'Before', end: 'End', start: 'Start', replace: 'Replace' },
    ChangeTrackingMode: { off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly' },
  };
  window.__setWordSelection = (indexes) => model.setSelection(indexes);
})();

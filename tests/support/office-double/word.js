// Office.js host double, Word part: the Word.run API over the shared document model (word-document.js,
// loaded just before this file), plus what only the proofreading and picture flows need. State comes
// from window.__OFFICE_DOUBLE__.state:
//   { paragraphs: [{ text, styleBuiltIn?, isListItem?, level?, listString?, bold?, italic? }], selection: [index…] }
// The document is exposed as window.__WORD_DOC__ = { paragraphs, tables, contentControls, revisions,
// trackingMode, footnotes, syncs, calls } and as a tree by window.__WORD_TREE__() for assertions; footnotes
// are { text, anchor, p, at } (Range.insertFootnote, WordApi 1.5: the reference mark sits right after the
// range it was inserted on). Agent mode: a replacement made with tracking on is a revision the add-in can
// list (getTrackedChanges: an 'Added' and a 'Deleted' change) and reject, which puts the original text
// back; comments (insertComment on a range or a search hit, body.getComments, comment.delete) are kept
// in window.__WORD_DOC__.comments = [{ id, text, anchor }].
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || {};
  const log = window.__OFFICE_LOG__ || (window.__OFFICE_LOG__ = []);
  const model = window.__dsplusWordDocument.createWordDocument(cfg.state || {}, {
    log,
    DOMParser: window.DOMParser,
    search: searchIn,
    trackedChanges,
    comment: addComment,
    comments: listComments,
  });
  const doc = (window.__WORD_DOC__ = model.doc);
  doc.comments = [];
  let nextComment = 1;

  function addComment(p, from, to, text) {
    const c = { id: `comment-${nextComment++}`, text, anchor: p.text.slice(from, to) };
    doc.comments.push(c);
    log.push({ call: 'insertComment', text });
    return { id: c.id, content: text, load() {} };
  }

  function listComments() {
    return collection(doc.comments.map((c) => ({ id: c.id, content: c.text, delete: () => doc.comments.splice(doc.comments.indexOf(c), 1) })));
  }

  /** Where a revision's text now sits in its paragraph (near where it was written). */
  function placeOf(rev, text) {
    const near = rev.p.text.indexOf(text, Math.max(0, rev.at - 1));
    return near >= 0 ? near : rev.p.text.indexOf(text);
  }

  function trackedChanges(paragraphs) {
    const items = [];
    for (const rev of doc.revisions) {
      if (!rev.tracked || !rev.p || !paragraphs.includes(rev.p)) continue;
      if (!rev.addedGone && rev.replacement)
        items.push({
          type: 'Added',
          text: rev.replacement,
          accept() {},
          reject() {
            const at = placeOf(rev, rev.replacement);
            if (at >= 0) model.replaceText(rev.p, at, at + rev.replacement.length, '');
            rev.at = at >= 0 ? at : rev.at;
            rev.addedGone = true;
            log.push({ call: 'rejectRevision', type: 'Added', text: rev.replacement });
          },
        });
      if (!rev.deletedBack && rev.original)
        items.push({
          type: 'Deleted',
          text: rev.original,
          accept() {},
          reject() {
            model.replaceText(rev.p, rev.at, rev.at, rev.original);
            rev.deletedBack = true;
            log.push({ call: 'rejectRevision', type: 'Deleted', text: rev.original });
          },
        });
    }
    return collection(items);
  }
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
        // The paragraph rides along unseen, so the revisions stay plain data for assertions.
        if (!r.footnoted)
          doc.revisions.push(
            Object.defineProperty({ original: p.text.slice(start, end), replacement: t, tracked: doc.trackingMode !== 'Off', at: start }, 'p', {
              value: p,
              enumerable: false,
            }),
          );
        const shift = t.length - r.length;
        for (const f of doc.footnotes) if (f.p === p && f.at >= end) f.at += shift;
        for (const o of liveRanges) if (o !== r && o.p === p && o.offset >= end) o.offset += shift;
        model.replaceText(p, start, end, t);
        r.length = t.length;
      },
      insertComment(text) {
        return addComment(p, r.offset, r.offset + r.length, text);
      },
      insertFootnote(text) {
        if (!(cfg.requirementSets && cfg.requirementSets.WordApi && Number(cfg.requirementSets.WordApi) >= 1.5))
          throw new Error('insertFootnote needs WordApi 1.5');
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
      for (let i = p.text.indexOf(plain, from || 0); i >= 0 && i + plain.length <= end; i = p.text.indexOf(plain, i + plain.length))
        items.push(rangeIn(p, i, plain.length));
    }
    return collection(items);
  }

  window.Word = {
    run(cb) {
      const context = {
        document: {
          get body() {
            return model.body();
          },
          getSelection: () => model.selection(),
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

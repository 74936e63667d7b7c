// Office.js host double, PowerPoint part: a presentation of slide ids behind the PowerPoint.run API the
// adapters (src/office/powerpoint.ts, powerpoint-template.ts) use. State comes from window.__OFFICE_DOUBLE__.state:
//   { slides: ['256#', '257#'], selected: ['257#'], failInsert?: 'SlideNotFound',
//     masters?: [{ id, name, layouts: [{ id, name }] }],   // PowerPointApi 1.3 slideMasters
//     file?: '<base64 of the presentation>', failFile?: 'message' }   // getFileAsync(Compressed)
// Insertions are recorded as window.__PPT__.inserted = [{ base64, options }] for assertions; the
// inserted slides are appended to window.__PPT__.slides after the target (ids are made up). File reads
// are recorded in window.__PPT__.fileReads (slices asked for, whether the file was closed).
// For agent mode: `slides` may also be objects { id, shapes: [{ id, name, text }] }; the shapes' text is
// window.__PPT__.shapes[slideId], read and written through presentation.slides (getItem, shapes,
// textFrame.textRange.text) and slide.delete(). Inserted slides get one title shape.
// Shapes may carry geometry for drawing on a slide ({ id, name, type: 'Placeholder', placeholderType:
// 'Body', left, top, width, height, text }); `slideSize: { width, height }` is what pageSetup (1.10) reports.
// The shapes model, with what it holds PowerPoint to, is powerpoint-shapes.js.
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || {};
  const state = cfg.state || {};
  const log = window.__OFFICE_LOG__ || (window.__OFFICE_LOG__ = []);
  const given = state.slides || ['256#'];
  const ppt = (window.__PPT__ = {
    slides: given.map((x) => (typeof x === 'string' ? x : x.id)),
    shapes: Object.fromEntries(given.map((x) => (typeof x === 'string' ? [x, []] : [x.id, x.shapes.map((sh) => Object.assign({}, sh))]))),
    selected: (state.selected || []).slice(),
    inserted: [],
    deleted: [],
    fileReads: [],
  });

  /** A collection whose items may be read only after load() and context.sync(), as in Office.js. */
  function collection(queue, items, what) {
    let loaded = false;
    let synced = false;
    const coll = {
      load() {
        loaded = true;
        queue.push(() => (synced = true));
        return coll;
      },
      get items() {
        if (!loaded || !synced) throw new Error('PropertyNotLoaded: ' + what + '.items');
        return items;
      },
    };
    return coll;
  }

  // The presentation's file, served slice by slice like Office.context.document.getFileAsync.
  window.Office.FileType = { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' };
  window.Office.context.document.getFileAsync = function (type, options, cb) {
    const done = typeof options === 'function' ? options : cb;
    const size = (options && options.sliceSize) || 4194304;
    const read = { type, sliceSize: size, slices: [], closed: false };
    ppt.fileReads.push(read);
    setTimeout(() => {
      if (state.failFile || !state.file || type !== 'compressed') {
        done({ status: 'failed', error: { message: state.failFile || 'The file is not available.' } });
        return;
      }
      const bin = atob(state.file);
      const count = Math.max(1, Math.ceil(bin.length / size));
      done({
        status: 'succeeded',
        value: {
          size: bin.length,
          sliceCount: count,
          getSliceAsync(i, cb2) {
            read.slices.push(i);
            const part = bin.slice(i * size, (i + 1) * size);
            const data = new Array(part.length);
            for (let k = 0; k < part.length; k++) data[k] = part.charCodeAt(k);
            setTimeout(() => cb2({ status: 'succeeded', value: { data, index: i, size: part.length } }), 0);
          },
          closeAsync(cb3) {
            read.closed = true;
            if (cb3) setTimeout(() => cb3({ status: 'succeeded' }), 0);
          },
        },
      });
    }, 0);
  };
  let nextId = 1000;

  function countSlides(base64) {
    // Slides in a .pptx: the names ppt/slides/slideN.xml in the zip's central directory.
    const bin = atob(base64);
    const names = bin.match(/ppt\/slides\/slide\d+\.xml/g) || [];
    return new Set(names).size;
  }

  // A slide's shapes: geometry, text, adding, grouping and deleting (powerpoint-shapes.js).
  const slideShapes = window.createSlideShapes({
    shapes: ppt.shapes,
    isSet: (n, v) => window.Office.context.requirements.isSetSupported(n, v),
    log,
    slideSize: state.slideSize,
  });

  function slideObject(id, queue) {
    return {
      id,
      shapes: slideShapes.collection(id, queue),
      delete() {
        queue.push(() => {
          const at = ppt.slides.indexOf(id);
          if (at < 0) throw Object.assign(new Error(`No slide ${id}`), { code: 'ItemNotFound' });
          ppt.slides.splice(at, 1);
          ppt.deleted.push(id);
          log.push({ call: 'deleteSlide', id });
        });
      },
    };
  }

  function slidesCollection(queue) {
    return {
      load() {},
      get items() {
        return ppt.slides.map((id) => slideObject(id, queue));
      },
      getItem(id) {
        if (!ppt.slides.includes(id)) throw Object.assign(new Error(`No slide ${id}`), { code: 'ItemNotFound' });
        return slideObject(id, queue);
      },
    };
  }

  function context() {
    const queue = [];
    return {
      presentation: {
        get slideMasters() {
          const masters = (state.masters || []).map((m) => ({
            id: m.id,
            name: m.name,
            layouts: collection(
              queue,
              (m.layouts || []).map((l) => ({ id: l.id, name: l.name })),
              'layouts',
            ),
          }));
          return collection(queue, masters, 'slideMasters');
        },
        slides: slidesCollection(queue),
        get pageSetup() {
          return slideShapes.pageSetup(queue);
        },
        getSelectedSlides() {
          return collection(
            queue,
            ppt.selected.map((id) => ({ id })),
            'selectedSlides',
          );
        },
        insertSlidesFromBase64(base64, options) {
          queue.push(() => {
            if (state.failInsert) {
              const e = new Error('The operation failed.');
              e.code = state.failInsert;
              throw e;
            }
            if (typeof base64 !== 'string' || base64.startsWith('data:')) throw Object.assign(new Error('Invalid base64'), { code: 'InvalidArgument' });
            const target = options && options.targetSlideId;
            let at = 0;
            if (target) {
              at = ppt.slides.indexOf(target);
              if (at < 0) throw Object.assign(new Error('Slide not found'), { code: 'SlideNotFound' });
              at += 1;
            }
            const n = countSlides(base64);
            const ids = Array.from({ length: n }, () => `${nextId++}#`);
            ppt.slides.splice(at, 0, ...ids);
            for (const id of ids) ppt.shapes[id] = [{ id: '2', name: 'Title 1', text: 'Inserted slide' }];
            ppt.inserted.push({ base64Length: base64.length, head: base64.slice(0, 8), base64, options: Object.assign({}, options), slides: n });
            log.push({ call: 'insertSlidesFromBase64', options });
          });
        },
      },
      async sync() {
        const q = queue.splice(0);
        for (const f of q) f();
      },
    };
  }

  window.PowerPoint = {
    InsertSlideFormatting: { keepSourceFormatting: 'KeepSourceFormatting', useDestinationTheme: 'UseDestinationTheme' },
    run(cb) {
      return Promise.resolve().then(() => cb(context()));
    },
  };
})();

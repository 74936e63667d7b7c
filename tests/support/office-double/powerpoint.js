// Office.js host double, PowerPoint part: a presentation of slide ids behind the PowerPoint.run API the
// adapter (src/office/powerpoint.ts) uses. State comes from window.__OFFICE_DOUBLE__.state:
//   { slides: ['256#', '257#'], selected: ['257#'], failInsert?: 'SlideNotFound' }
// Insertions are recorded as window.__PPT__.inserted = [{ base64, options }] for assertions; the
// inserted slides are appended to window.__PPT__.slides after the target (ids are made up).
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || {};
  const state = cfg.state || {};
  const log = window.__OFFICE_LOG__ || (window.__OFFICE_LOG__ = []);
  const ppt = (window.__PPT__ = { slides: (state.slides || ['256#']).slice(), selected: (state.selected || []).slice(), inserted: [] });
  let nextId = 1000;

  function countSlides(base64) {
    // Slides in a .pptx: the names ppt/slides/slideN.xml in the zip's central directory.
    const bin = atob(base64);
    const names = bin.match(/ppt\/slides\/slide\d+\.xml/g) || [];
    return new Set(names).size;
  }

  function context() {
    const queue = [];
    return {
      presentation: {
        getSelectedSlides() {
          let loaded = false;
          let synced = false;
          const coll = {
            load() {
              loaded = true;
              queue.push(() => (synced = true));
              return coll;
            },
            get items() {
              if (!loaded || !synced) throw new Error('PropertyNotLoaded: items');
              return ppt.selected.map((id) => ({ id }));
            },
          };
          return coll;
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
            ppt.inserted.push({ base64Length: base64.length, head: base64.slice(0, 8), options: Object.assign({}, options), slides: n });
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

// Office.js host double, core part: what every host shares (onReady, context, requirement sets, the
// Common API selection calls). Each host adds its own part (word.js, excel.js, powerpoint.js).
// Configuration comes from window.__OFFICE_DOUBLE__ = { host, displayLanguage, dark, requirementSets, state }.
(function () {
  const cfg = window.__OFFICE_DOUBLE__ || { host: 'Word', displayLanguage: 'en-US', dark: false, requirementSets: {} };
  const log = (window.__OFFICE_LOG__ = []);
  const cmp = (a, b) => {
    const pa = String(a).split('.').map(Number);
    const pb = String(b).split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const d = (pa[i] || 0) - (pb[i] || 0);
      if (d) return d;
    }
    return 0;
  };
  window.Office = {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint' },
    CoercionType: { Text: 'text', Image: 'image', SlideRange: 'slideRange', Html: 'html', Ooxml: 'ooxml' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogParentMessageReceived: 'dialogParentMessageReceived' },
    onReady(cb) {
      const info = { host: cfg.host, platform: 'OfficeOnline' };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
    actions: { associate() {} },
    context: {
      displayLanguage: cfg.displayLanguage,
      partitionKey: undefined,
      officeTheme: cfg.dark
        ? { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' }
        : { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' },
      requirements: {
        isSetSupported(name, version) {
          const have = cfg.requirementSets && cfg.requirementSets[name];
          return Boolean(have) && cmp(have, version || '1.1') >= 0;
        },
      },
      // Office's dialog: a new window on the same origin. The pane's dialog object and the page inside it
      // talk through postMessage as messageParent / messageChild do; every call is logged.
      ui: {
        displayDialogAsync(url, options, cb) {
          log.push({ call: 'displayDialogAsync', url, options });
          const win = window.open(url, '_blank');
          const handlers = [];
          window.addEventListener('message', (e) => {
            if (e.source === win && e.data && e.data.__toParent !== undefined) handlers.forEach((h) => h({ message: e.data.__toParent, origin: e.origin }));
          });
          const dialog = {
            addEventHandler(type, h) {
              if (type === 'dialogMessageReceived') handlers.push(h);
            },
            messageChild(message) {
              log.push({ call: 'messageChild', message });
              win.postMessage({ __toChild: message }, location.origin);
            },
            close() {
              win.close();
            },
          };
          setTimeout(() => cb({ status: win ? 'succeeded' : 'failed', value: dialog, error: win ? undefined : { message: 'blocked' } }), 0);
        },
        messageParent(message) {
          if (window.opener) window.opener.postMessage({ __toParent: message }, location.origin);
        },
        addHandlerAsync(type, h, cb) {
          if (type === 'dialogParentMessageReceived')
            window.addEventListener('message', (e) => {
              if (e.source === window.opener && e.data && e.data.__toChild !== undefined) h({ message: e.data.__toChild });
            });
          if (cb) setTimeout(() => cb({ status: 'succeeded' }), 0);
        },
      },
      document: {
        setSelectedDataAsync(data, options, cb) {
          log.push({ call: 'setSelectedDataAsync', data, options });
          const done = typeof options === 'function' ? options : cb;
          if (done) setTimeout(() => done({ status: 'succeeded', value: undefined }), 0);
        },
        getSelectedDataAsync(type, options, cb) {
          const done = typeof options === 'function' ? options : cb;
          const value = (cfg.state && cfg.state.selectedText) || '';
          if (done) setTimeout(() => done({ status: 'succeeded', value }), 0);
        },
      },
    },
  };
})();

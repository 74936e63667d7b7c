// Office.js host double, PowerPoint shapes model — shared by the e2e double (powerpoint.js, in the
// browser) and the unit fake (tests/unit/office-powerpoint/fake-presentation.ts, in Node). A slide's
// shapes with their geometry, text and formatting, behind the PowerPoint.ShapeCollection / Shape proxies
// the add-in uses. What it holds PowerPoint to:
//   - id, name, left, top, width, height, type and a text frame's hasText are read only after load() and a
//     context.sync() (PropertyNotLoaded otherwise); a shape added is there (and has an id) after the sync;
//   - addGeometricShape takes only PowerPoint's GeometricShapeType names; addLine's width and height are
//     the offset to the end point and may not be negative (the documented form);
//   - what needs a newer PowerPointApi throws ApiNotFound below it: placeholderFormat, addGroup and
//     setZOrder (1.8), pageSetup and rotation (1.10);
//   - getItemOrNullObject gives isNullObject for an id not on the slide; deleting a group deletes what is in it.
// Usage: createSlideShapes({ shapes: { slideId: [record…] }, isSet, log }) → { collection(slideId, queue),
// pageSetup(queue), slideSize }. A record: { id, name, type ('Placeholder', 'GeometricShape', 'TextBox',
// 'Line', 'Image', 'Group'…), left, top, width, height, text?, placeholderType?, containedType? }; added
// shapes also get geometry, fill, line {color, weight, dashStyle, visible}, rotation, font, align, valign,
// margins, and a group its children.
(function (root) {
  const GEOMETRY = new Set(
    'LineInverse Triangle RightTriangle Rectangle Diamond Parallelogram Trapezoid NonIsoscelesTrapezoid Pentagon Hexagon Heptagon Octagon Decagon Dodecagon Star4 Star5 Star6 Star7 Star8 Star10 Star12 Star16 Star24 Star32 RoundRectangle Round1Rectangle Round2SameRectangle Round2DiagonalRectangle SnipRoundRectangle Snip1Rectangle Snip2SameRectangle Snip2DiagonalRectangle Plaque Ellipse Teardrop HomePlate Chevron PieWedge Pie BlockArc Donut NoSmoking RightArrow LeftArrow UpArrow DownArrow StripedRightArrow NotchedRightArrow BentUpArrow LeftRightArrow UpDownArrow LeftUpArrow LeftRightUpArrow QuadArrow LeftArrowCallout RightArrowCallout UpArrowCallout DownArrowCallout LeftRightArrowCallout UpDownArrowCallout QuadArrowCallout BentArrow UturnArrow CircularArrow LeftCircularArrow LeftRightCircularArrow CurvedRightArrow CurvedLeftArrow CurvedUpArrow CurvedDownArrow SwooshArrow Cube Can LightningBolt Heart Sun Moon SmileyFace IrregularSeal1 IrregularSeal2 FoldedCorner Bevel Frame HalfFrame Corner DiagonalStripe Chord Arc LeftBracket RightBracket LeftBrace RightBrace BracketPair BracePair Callout1 Callout2 Callout3 AccentCallout1 AccentCallout2 AccentCallout3 BorderCallout1 BorderCallout2 BorderCallout3 AccentBorderCallout1 AccentBorderCallout2 AccentBorderCallout3 WedgeRectCallout WedgeRRectCallout WedgeEllipseCallout CloudCallout Cloud Ribbon Ribbon2 EllipseRibbon EllipseRibbon2 LeftRightRibbon VerticalScroll HorizontalScroll Wave DoubleWave Plus FlowChartProcess FlowChartDecision FlowChartInputOutput FlowChartPredefinedProcess FlowChartInternalStorage FlowChartDocument FlowChartMultidocument FlowChartTerminator FlowChartPreparation FlowChartManualInput FlowChartManualOperation FlowChartConnector FlowChartPunchedCard FlowChartPunchedTape FlowChartSummingJunction FlowChartOr FlowChartCollate FlowChartSort FlowChartExtract FlowChartMerge FlowChartOfflineStorage FlowChartOnlineStorage FlowChartMagneticTape FlowChartMagneticDisk FlowChartMagneticDrum FlowChartDisplay FlowChartDelay FlowChartAlternateProcess FlowChartOffpageConnector ActionButtonBlank ActionButtonHome ActionButtonHelp ActionButtonInformation ActionButtonForwardNext ActionButtonBackPrevious ActionButtonEnd ActionButtonBeginning ActionButtonReturn ActionButtonDocument ActionButtonSound ActionButtonMovie Gear6 Gear9 Funnel MathPlus MathMinus MathMultiply MathDivide MathEqual MathNotEqual CornerTabs SquareTabs PlaqueTabs ChartX ChartStar ChartPlus'.split(
      ' ',
    ),
  );

  function error(code, message) {
    return Object.assign(new Error(message), { code });
  }

  function createSlideShapes(opts) {
    const store = opts.shapes;
    const isSet = opts.isSet || (() => true);
    const log = opts.log || [];
    const size = opts.slideSize || { width: 960, height: 540 };
    let nextId = 9000;
    const needs = (v, what) => {
      if (!isSet('PowerPointApi', v)) throw error('ApiNotFound', what + ' needs PowerPointApi ' + v);
    };

    /** A proxy's readable properties: each becomes readable at the sync after its load(). */
    function loadable(queue, preloaded) {
      const ready = new Set(preloaded || []);
      return {
        load(props) {
          const names = typeof props === 'string' ? props.split(',').map((p) => p.trim()) : props || [];
          queue.push(() => names.forEach((n) => ready.add(n)));
        },
        read(name, value) {
          if (!ready.has(name))
            throw error('PropertyNotLoaded', "PropertyNotLoaded: The property '" + name + "' is not available. Load it and call context.sync() first.");
          return value;
        },
      };
    }

    function textFrameOf(rec, queue) {
      const l = loadable(queue);
      const font = {};
      ['name', 'size', 'bold', 'color', 'italic'].forEach((k) =>
        Object.defineProperty(font, k, {
          set(v) {
            (rec.font = rec.font || {})[k] = v;
          },
          get: () => (rec.font || {})[k],
        }),
      );
      const range = {
        load() {},
        font,
        paragraphFormat: {
          set horizontalAlignment(v) {
            rec.align = v;
          },
        },
        get text() {
          return rec.text;
        },
        set text(v) {
          log.push({ call: 'setShapeText', shape: rec.id, text: v });
          rec.text = v;
        },
      };
      const tf = {
        load: l.load,
        get hasText() {
          return l.read('hasText', typeof rec.text === 'string' && rec.text.length > 0);
        },
        textRange: range,
      };
      [
        ['wordWrap', 'wordWrap'],
        ['autoSizeSetting', 'autoSize'],
        ['verticalAlignment', 'valign'],
      ].forEach(([k, field]) =>
        Object.defineProperty(tf, k, {
          set(v) {
            rec[field] = v;
          },
          get: () => rec[field],
        }),
      );
      ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin'].forEach((k, i) =>
        Object.defineProperty(tf, k, {
          set(v) {
            (rec.margins = rec.margins || [0, 0, 0, 0])[i] = v;
          },
          get: () => (rec.margins || [])[i],
        }),
      );
      return tf;
    }

    function shapeProxy(slideId, rec, queue, preloaded) {
      const l = loadable(queue, preloaded);
      const line = () => (rec.line = rec.line || { visible: true });
      const p = {
        load: l.load,
        get id() {
          return l.read('id', rec.id);
        },
        get name() {
          return l.read('name', rec.name);
        },
        set name(v) {
          rec.name = v;
        },
        get type() {
          return l.read('type', rec.type || 'TextBox');
        },
        get left() {
          return l.read('left', rec.left);
        },
        get top() {
          return l.read('top', rec.top);
        },
        get width() {
          return l.read('width', rec.width);
        },
        get height() {
          return l.read('height', rec.height);
        },
        set rotation(v) {
          needs('1.10', 'Shape.rotation');
          rec.rotation = v;
        },
        get textFrame() {
          return textFrameOf(rec, queue);
        },
        get placeholderFormat() {
          needs('1.8', 'Shape.placeholderFormat');
          if (rec.type !== 'Placeholder') throw error('InvalidArgument', 'The shape is not a placeholder.');
          const pl = loadable(queue);
          return {
            load: pl.load,
            get type() {
              return pl.read('type', rec.placeholderType);
            },
            get containedType() {
              return pl.read('containedType', rec.containedType === undefined ? null : rec.containedType);
            },
          };
        },
        fill: {
          setSolidColor(c) {
            rec.fill = c;
          },
          clear() {
            rec.fill = null;
          },
        },
        lineFormat: {
          set color(v) {
            line().color = v;
          },
          set weight(v) {
            line().weight = v;
          },
          set dashStyle(v) {
            line().dashStyle = v;
          },
          set visible(v) {
            line().visible = v;
          },
        },
        delete() {
          queue.push(() => {
            const list = store[slideId] || [];
            const at = list.indexOf(rec);
            if (at < 0) throw error('ItemNotFound', 'No shape ' + rec.id);
            list.splice(at, 1);
            log.push({ call: 'deleteShape', slide: slideId, id: rec.id });
          });
        },
      };
      return p;
    }

    function collection(slideId, queue) {
      const list = () => store[slideId] || (store[slideId] = []);
      let snapshot = null;
      const add = (rec) => {
        rec.id = String(nextId++);
        const proxy = shapeProxy(slideId, rec, queue);
        queue.push(() => {
          list().push(rec);
          log.push({ call: 'addShape', slide: slideId, type: rec.type, geometry: rec.geometry });
        });
        return proxy;
      };
      const box = (o) => ({ left: o.left, top: o.top, width: o.width, height: o.height });
      return {
        load(props) {
          const names = String(props || '')
            .split(',')
            .map((s) => s.trim().replace(/^items\//, ''));
          // The items and their properties become readable at the sync.
          queue.push(() => {
            snapshot = list().map((rec) => shapeProxy(slideId, rec, queue, names));
          });
        },
        get items() {
          if (!snapshot) throw error('PropertyNotLoaded', 'PropertyNotLoaded: shapes.items');
          return snapshot;
        },
        getItem(id) {
          const rec = list().find((x) => x.id === id);
          if (!rec) throw error('ItemNotFound', 'No shape ' + id);
          return shapeProxy(slideId, rec, queue);
        },
        getItemOrNullObject(id) {
          const rec = list().find((x) => x.id === id);
          const l = loadable(queue);
          if (rec) return Object.assign(shapeProxy(slideId, rec, queue), { isNullObject: false });
          return { load: l.load, isNullObject: true, delete() {} };
        },
        addGeometricShape(geometry, o) {
          if (!GEOMETRY.has(geometry)) throw error('InvalidArgument', 'Unknown geometric shape type ' + geometry);
          return add(Object.assign({ type: 'GeometricShape', geometry, name: geometry }, box(o || {})));
        },
        addTextBox(text, o) {
          return add(Object.assign({ type: 'TextBox', text, name: 'TextBox' }, box(o || {})));
        },
        addLine(kind, o) {
          const b = box(o || {});
          if (b.width < 0 || b.height < 0) throw error('InvalidArgument', 'A line is given by its start point and a non-negative offset to its end.');
          return add(Object.assign({ type: 'Line', connector: kind || 'Straight', name: 'Line' }, b));
        },
        addGroup(ids) {
          needs('1.8', 'ShapeCollection.addGroup');
          const rec = { type: 'Group', name: 'Group', children: [] };
          rec.id = String(nextId++);
          queue.push(() => {
            const all = list();
            const members = ids.map((id) => {
              const m = all.find((x) => x.id === id);
              if (!m) throw error('ItemNotFound', 'No shape ' + id);
              return m;
            });
            for (const m of members) all.splice(all.indexOf(m), 1);
            rec.children = members;
            rec.left = Math.min(...members.map((m) => m.left));
            rec.top = Math.min(...members.map((m) => m.top));
            rec.width = Math.max(...members.map((m) => m.left + m.width)) - rec.left;
            rec.height = Math.max(...members.map((m) => m.top + m.height)) - rec.top;
            all.push(rec);
            log.push({ call: 'addGroup', slide: slideId, count: members.length });
          });
          return shapeProxy(slideId, rec, queue);
        },
      };
    }

    function pageSetup(queue) {
      needs('1.10', 'Presentation.pageSetup');
      const l = loadable(queue);
      return {
        load: l.load,
        get slideWidth() {
          return l.read('slideWidth', size.width);
        },
        get slideHeight() {
          return l.read('slideHeight', size.height);
        },
      };
    }

    return { collection, pageSetup };
  }

  root.createSlideShapes = createSlideShapes;
})(typeof window !== 'undefined' ? window : globalThis);

import { useEffect, useState, type CSSProperties } from 'react';
import {
  chartColors,
  chartToSvg,
  paletteFor,
  SLIDE_W,
  THEMES,
  type ChartElement,
  type Deck,
  type DeckSlide,
  type Palette,
  type SlideElement,
  type TextElement,
} from '../../../src/slides';
import type { DiagramElement } from '../../../src/slides/types';
import { CLOSING_SLIDE, SECTION_SLIDE, TITLE_BOX, TITLE_SLIDE } from '../../../src/slides/geometry';
import { useSlidesStyles } from './useSlidesStyles.styles';

/** The accent rule each master draws (render-pptx.ts defineMasters), at the same place. */
function accentRule(master: DeckSlide['master']) {
  if (master === 'TITLE') return { x: TITLE_SLIDE.title.x + 0.08, y: TITLE_SLIDE.title.y + TITLE_SLIDE.title.h + 0.08, w: 1.6, h: 0.06 };
  if (master === 'SECTION') return { x: SECTION_SLIDE.title.x + 0.08, y: SECTION_SLIDE.title.y - 0.02, w: 0.8, h: 0.06 };
  if (master === 'CLOSING') return { x: SLIDE_W / 2 - 0.8, y: CLOSING_SLIDE.subtitle.y - 0.05, w: 1.6, h: 0.06 };
  return { x: TITLE_BOX.x, y: TITLE_BOX.y + TITLE_BOX.h + 0.02, w: 1.1, h: 0.06 };
}

// An HTML drawing of the deck model itself: the same boxes, sizes and colours the .pptx gets, so what the
// user approves here is what PowerPoint shows. Colours come from the deck's theme, or from the user's
// template layout (data, not UI chrome).

const pct = (v: number, of: number) => `${(v / of) * 100}%`;

/** The page being drawn: boxes are percentages of it, point sizes a share of its width (container units). */
interface Page {
  w: number;
  h: number;
}

function boxStyle(b: { x: number; y: number; w: number; h: number }, page: Page): CSSProperties {
  return { left: pct(b.x, page.w), top: pct(b.y, page.h), width: pct(b.w, page.w), height: pct(b.h, page.h) };
}

function TextBox({ el, p, fontFamily, page }: { el: TextElement; p: Palette; fontFamily: string; page: Page }) {
  const s = useSlidesStyles();
  const pt = (v: number) => `${(v / 72 / page.w) * 100}cqw`;
  const justify = el.valign === 'middle' ? 'center' : el.valign === 'bottom' ? 'flex-end' : 'flex-start';
  const indent = el.indentPt;
  return (
    <div
      className={s.el}
      style={{
        ...boxStyle(el.box, page),
        justifyContent: justify,
        padding: pt(6),
        color: `#${p[el.color]}`,
        fontFamily: el.mono ? 'Consolas, monospace' : fontFamily,
        fontSize: pt(el.fontPt),
        lineHeight: pt(Math.round(el.fontPt * 1.3)),
        fontWeight: el.bold ? 700 : 400,
        fontStyle: el.italic ? 'italic' : 'normal',
        textAlign: el.align,
      }}
    >
      {el.paragraphs.map((para, i) => {
        const marker = para.bullet === 'dot' ? '•' : para.bullet === 'number' ? `${para.number ?? i + 1}.` : '';
        const left = para.bullet === 'none' ? indent * para.level : indent * (para.level + 1);
        return (
          <p
            key={i}
            className={s.para}
            style={{
              paddingLeft: pt(left),
              textIndent: marker ? pt(-indent) : undefined,
              marginTop: i > 0 ? pt(Math.round((para.spaceBeforePt * el.fontPt) / 24)) : 0,
            }}
          >
            {marker && <span style={{ display: 'inline-block', width: pt(indent), textIndent: 0 }}>{marker}</span>}
            {para.runs.map((r, j) => (
              <span key={j} style={{ fontWeight: r.bold ? 700 : undefined, fontFamily: r.code ? 'Consolas, monospace' : undefined }}>
                {r.text}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}

/** A diagram slide's drawing: laid out here (the preview is built synchronously), shown as its SVG. */
function DiagramBox({ el, page, muted }: { el: DiagramElement; page: Page; muted: string }) {
  const s = useSlidesStyles();
  const [svg, setSvg] = useState<{ url: string; w: number; h: number } | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { parseMermaid, layoutDiagram, diagramToSvg } = await import('../../../src/diagram');
        const layout = el.layout ?? (await layoutDiagram(parseMermaid(el.source).diagram));
        const out = diagramToSvg(layout);
        if (live) setSvg({ url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(out.svg)}`, w: out.width, h: out.height });
      } catch {
        if (live) setSvg(null);
      }
    })();
    return () => {
      live = false;
    };
  }, [el.layout, el.source]);
  const box = boxStyle(el.box, page);
  if (!svg) return <div className={s.el} style={{ ...box, border: `1px dashed #${muted}` }} />;
  return <img className={s.el} style={{ ...box, objectFit: 'contain' }} src={svg.url} alt="" />;
}

/** A chart slide's chart, drawn as a simple SVG of the same kind, numbers and colours as the PowerPoint chart. */
function ChartBox({ el, p, fontFamily, page }: { el: ChartElement; p: Palette; fontFamily: string; page: Page }) {
  const s = useSlidesStyles();
  const look = { colors: chartColors(el.chart, p), text: p.text, muted: p.muted, grid: p.panel, font: fontFamily };
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartToSvg(el.chart, el.box.w, el.box.h, look))}`;
  return <img className={s.el} style={boxStyle(el.box, page)} src={url} alt={el.chart.series.map((x) => x.name).join(', ')} />;
}

function Element({ el, p, fontFamily, page }: { el: SlideElement; p: Palette; fontFamily: string; page: Page }) {
  const s = useSlidesStyles();
  const pt = (v: number) => `${(v / 72 / page.w) * 100}cqw`;
  switch (el.type) {
    case 'chart':
      return <ChartBox el={el} p={p} fontFamily={fontFamily} page={page} />;
    case 'diagram':
      return <DiagramBox el={el} page={page} muted={p.muted} />;
    case 'text':
      return <TextBox el={el} p={p} fontFamily={fontFamily} page={page} />;
    case 'shape':
      return <div className={s.el} style={{ ...boxStyle(el.box, page), background: `#${p[el.fill]}`, borderRadius: el.rounded ? pt(6) : 0 }} />;
    case 'image':
      return el.data ? (
        <img className={s.el} style={boxStyle(el.box, page)} src={el.data} alt={el.alt} />
      ) : (
        <div
          className={s.el}
          style={{
            ...boxStyle(el.box, page),
            border: `1px dashed #${p.muted}`,
            background: `#${p.panel}`,
            color: `#${p.muted}`,
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: pt(14),
          }}
        >
          {el.alt}
        </div>
      );
    case 'table':
      return (
        <table
          className={s.table}
          style={{ ...boxStyle(el.box, page), height: undefined, fontSize: pt(el.fontPt), fontFamily, lineHeight: pt(Math.round(el.fontPt * 1.3)) }}
        >
          <colgroup>
            {el.colW.map((w, i) => (
              <col key={i} style={{ width: pct(w, el.box.w) }} />
            ))}
          </colgroup>
          <tbody>
            {[el.header, ...el.rows].map((row, r) => (
              <tr key={r} style={{ height: pct(el.rowH[r] ?? 0, page.h) }}>
                {row.map((c, i) => (
                  <td
                    key={i}
                    style={{
                      border: `1px solid #${p.muted}`,
                      padding: pt(4),
                      background: `#${r === 0 ? p.accent : r % 2 === 0 ? p.panel : p.background}`,
                      color: `#${r === 0 ? p.onAccent : p.text}`,
                      fontWeight: r === 0 ? 700 : 400,
                      overflow: 'hidden',
                    }}
                  >
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** One slide of the deck model, drawn in the box it is given (the preview list, a template report thumbnail). */
export function SlideView({ slide, deck, n }: { slide: DeckSlide; deck: Deck; n: number }) {
  const s = useSlidesStyles();
  const page: Page = deck.page;
  const look = deck.template && slide.templateLayout ? deck.template.looks[slide.templateLayout] : undefined;
  if (deck.template) {
    // A template deck: the template layout's own background, pictures and colours; no accents of ours.
    const p = look?.palette ?? paletteFor(THEMES.minimal, 'CONTENT');
    const background: CSSProperties = look?.backgroundImage ? { backgroundImage: `url(${look.backgroundImage})`, backgroundSize: '100% 100%' } : {};
    return (
      <div className={s.slide} style={{ background: `#${p.background}`, ...background, aspectRatio: `${page.w} / ${page.h}`, fontFamily: deck.template.font }}>
        {look?.decor.map((d, i) => (
          <img key={`d${i}`} className={s.el} style={boxStyle(d.box, page)} src={d.data} alt="" />
        ))}
        {slide.elements.map((el, i) => (
          // Text in a placeholder takes the layout's own colour (title or body), as it does in the .pptx.
          <Element
            key={i}
            el={el.type === 'text' && el.slot ? { ...el, color: el.slot === 'title' ? 'title' : 'text' } : el}
            p={p}
            fontFamily={deck.template!.font}
            page={page}
          />
        ))}
      </div>
    );
  }
  const theme = THEMES[deck.theme];
  const p = paletteFor(theme, slide.master);
  const fontFamily = `"${theme.font}", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif`;
  const pt = (v: number) => `${(v / 72 / page.w) * 100}cqw`;
  const cover = slide.master === 'TITLE' || slide.master === 'SECTION' || slide.master === 'CLOSING';
  return (
    <div className={s.slide} style={{ background: `#${p.background}`, fontFamily }}>
      {cover && <div className={s.el} style={{ ...boxStyle({ x: 0, y: 0, w: 0.28, h: page.h }, page), background: `#${p.accent}` }} />}
      <div className={s.el} style={{ ...boxStyle(accentRule(slide.master), page), background: `#${p.accent}` }} />
      {slide.elements.map((el, i) => (
        <Element key={i} el={el} p={p} fontFamily={fontFamily} page={page} />
      ))}
      <div className={s.el} style={{ ...boxStyle({ x: 0.6, y: 6.95, w: 9, h: 0.35 }, page), color: `#${p.muted}`, fontSize: pt(11), justifyContent: 'center' }}>
        {deck.footer}
      </div>
      {slide.master !== 'TITLE' && (
        <div
          className={s.el}
          style={{
            ...boxStyle({ x: SLIDE_W - 1.6, y: 6.95, w: 1, h: 0.35 }, page),
            color: `#${p.muted}`,
            fontSize: pt(11),
            textAlign: 'right',
            justifyContent: 'center',
          }}
        >
          {n}
        </div>
      )}
    </div>
  );
}

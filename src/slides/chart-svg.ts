import type { ChartData } from './chart-data';

// A simple SVG drawing of a chart element for the pane's preview: the same kind, labels, series and
// colours as the PowerPoint chart, not its exact typography. Sized in the element's own inches × 100.

export interface ChartLook {
  colors: string[];
  text: string;
  muted: string;
  grid: string;
  font: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => (Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : String(Number(v.toPrecision(4))));
const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s);

/** A round axis maximum (1, 2, 2.5, 5 × 10ⁿ) at or above `v`. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

export function chartToSvg(chart: ChartData, wIn: number, hIn: number, look: ChartLook): string {
  const W = Math.round(wIn * 100);
  const H = Math.round(hIn * 100);
  const out: string[] = [];
  // Sizes are the PowerPoint chart's, in points (100 units an inch: a point is 100/72 units).
  const txt = (x: number, y: number, s: string, pt: number, anchor = 'middle', color = look.text) =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${((pt * 100) / 72).toFixed(1)}" fill="#${color}" text-anchor="${anchor}">${esc(s)}</text>`;
  const legend = chart.kind === 'pie' || chart.series.length > 1;
  if (chart.kind === 'pie') {
    const values = chart.series[0]?.values ?? [];
    const total = values.reduce((a, b) => a + Math.max(0, b), 0) || 1;
    const r = Math.min(H * 0.42, W * 0.3);
    const cx = W * 0.38;
    const cy = H / 2;
    let a = -Math.PI / 2;
    values.forEach((v, i) => {
      const share = Math.max(0, v) / total;
      const b = a + share * 2 * Math.PI;
      const color = look.colors[i % look.colors.length];
      const [x1, y1, x2, y2] = [cx + r * Math.cos(a), cy + r * Math.sin(a), cx + r * Math.cos(b), cy + r * Math.sin(b)];
      out.push(
        share >= 0.9999
          ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#${color}"/>`
          : `<path d="M${cx},${cy} L${x1.toFixed(1)},${y1.toFixed(1)} A${r},${r} 0 ${share > 0.5 ? 1 : 0} 1 ${x2.toFixed(1)},${y2.toFixed(1)} Z" fill="#${color}" stroke="#FFFFFF" stroke-width="2"/>`,
      );
      if (share >= 0.04) {
        const m = (a + b) / 2;
        out.push(txt(cx + r * 0.65 * Math.cos(m), cy + r * 0.65 * Math.sin(m) + 7, `${Math.round(share * 100)}%`, 14, 'middle', 'FFFFFF'));
      }
      a = b;
    });
    chart.labels.forEach((l, i) => {
      const y = cy - (chart.labels.length * 30) / 2 + i * 30 + 15;
      out.push(`<rect x="${W * 0.72}" y="${y - 14}" width="16" height="16" fill="#${look.colors[i % look.colors.length]}"/>`);
      out.push(txt(W * 0.72 + 24, y, short(l, 18), 14, 'start'));
    });
  } else {
    const all = chart.series.flatMap((s) => s.values);
    const max = niceMax(Math.max(0, ...all));
    const min = Math.min(0, ...all) < 0 ? -niceMax(-Math.min(...all)) : 0;
    const left = 80;
    const right = W - 20;
    const top = 30;
    const bottom = H - (legend ? 95 : 55);
    const y = (v: number) => bottom - ((v - min) / (max - min)) * (bottom - top);
    for (let k = 0; k <= 4; k++) {
      const v = min + ((max - min) * k) / 4;
      out.push(`<line x1="${left}" x2="${right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#${look.grid}" stroke-width="1"/>`);
      out.push(txt(left - 8, y(v) + 6, fmt(v), 12, 'end', look.muted));
    }
    const n = chart.labels.length;
    const slot = (right - left) / n;
    const every = Math.ceil((n * 80) / (right - left));
    chart.labels.forEach((l, i) => {
      if (i % every === 0) out.push(txt(left + slot * (i + 0.5), bottom + 28, short(l, Math.max(3, Math.floor((slot * every) / 20))), 14));
    });
    // Values on the bars while they are few enough to read, as in the PowerPoint chart.
    const valued = chart.kind === 'bar' && n * chart.series.length <= 12;
    chart.series.forEach((s, si) => {
      const color = look.colors[si % look.colors.length];
      if (chart.kind === 'bar') {
        const bw = (slot * 0.7) / chart.series.length;
        s.values.forEach((v, i) => {
          const x = left + slot * i + slot * 0.15 + bw * si;
          const [y0, y1] = [y(Math.max(0, v)), y(Math.min(0, v))];
          out.push(
            `<rect x="${x.toFixed(1)}" y="${y0.toFixed(1)}" width="${(bw * 0.92).toFixed(1)}" height="${Math.max(0.5, y1 - y0).toFixed(1)}" fill="#${color}"/>`,
          );
          if (valued) out.push(txt(x + bw * 0.46, y0 - 6, fmt(v), 12));
        });
      } else {
        const pts = s.values.map((v, i) => `${(left + slot * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`);
        out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="#${color}" stroke-width="3"/>`);
        pts.forEach((pt) => out.push(`<circle cx="${pt.split(',')[0]}" cy="${pt.split(',')[1]}" r="4" fill="#${color}"/>`));
      }
    });
    if (legend) {
      const step = (right - left) / chart.series.length;
      chart.series.forEach((s, si) => {
        const x = left + step * si;
        out.push(`<rect x="${x.toFixed(1)}" y="${H - 40}" width="16" height="16" fill="#${look.colors[si % look.colors.length]}"/>`);
        out.push(txt(x + 24, H - 26, short(s.name, Math.max(4, Math.floor(step / 20))), 14, 'start'));
      });
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="${esc(look.font)}">${out.join('')}</svg>`;
}

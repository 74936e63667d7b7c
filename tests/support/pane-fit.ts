import type { Page } from 'playwright-core';

/** Anything sticking out of the pane, or text cut off inside a box that hides overflow. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e && e !== document.body; e = e.parentElement) {
        const ox = getComputedStyle(e).overflowX;
        if ((ox === 'auto' || ox === 'scroll') && e.tagName !== 'MAIN') return true;
      }
      return false;
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll('body *')) {
      // A drawing's own SVG clips what it draws (a mind map, a diagram).
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el.closest('[data-tabster-dummy]') || el.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).opacity === '0') continue;
      if (r.right > width + 1 && !scrollsSideways(el)) out.push(`sticks out: ${describe(el)} right=${Math.round(r.right)}`);
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (hides && el.children.length === 0 && el.scrollWidth > el.clientWidth + 1) out.push(`clipped: ${describe(el)}`);
    }
    // Message bars: their text must stay inside the coloured box (a squeezed bar spills it below the border).
    for (const bar of document.querySelectorAll('.fui-MessageBar')) {
      const box = bar.getBoundingClientRect();
      for (const el of bar.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.height > 0 && (r.bottom > box.bottom + 1 || r.top < box.top - 1)) out.push(`spills out of its message bar: ${describe(el)}`);
      }
    }
    return out;
  });
}

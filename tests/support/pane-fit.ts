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

export interface CutText {
  /** Text cut off with no sign of it: a box that hides overflow, a control's label past its edge. */
  cut: string[];
  /** Text shortened on purpose (an ellipsis or a line clamp): to be looked at, not a defect in itself. */
  shortened: string[];
  /** Button and tab labels that wrap onto more than one line, and tab lists on more than one row. */
  wraps: string[];
  /** One-line text boxes whose text is longer than the box (readable only by moving the caret). */
  longerThanBox: string[];
}

/**
 * Text a user cannot read whole, found in the page as laid out now: an element that hides its overflow and
 * whose text is wider or taller than its box (unless it says so with an ellipsis or a line clamp), and
 * button, tab and radio labels whose text runs past the control's edge or wraps.
 */
export async function cutText(page: Page): Promise<CutText> {
  return page.evaluate(() => {
    const found: { cut: string[]; shortened: string[]; wraps: string[]; longerThanBox: string[] } = { cut: [], shortened: [], wraps: [], longerThanBox: [] };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const skip = (el: Element) =>
      el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement ||
      Boolean(el.closest('svg, [data-tabster-dummy]'));
    const textRects = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    };
    for (const el of document.querySelectorAll('body *')) {
      if (skip(el) || !(el.textContent ?? '').trim()) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.opacity === '0') continue;
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      const wide = hidesX && el.scrollWidth > el.clientWidth + 1;
      const tall = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (wide || tall) {
        // Only text that is really out of the box counts (a hidden-overflow box may hold an off-screen helper);
        // downwards, more than a third of a line (a CJK fallback font's glyph box is taller than the line).
        const outside = textRects(el).some((r) => r.right > box.right + 1 || r.bottom > box.bottom + r.height / 3 || r.left < box.left - 1);
        if (outside) {
          const meant = style.textOverflow === 'ellipsis' || style.getPropertyValue('-webkit-line-clamp') !== 'none';
          (meant ? found.shortened : found.cut).push(`${describe(el)}${wide ? ' (width)' : ''}${tall ? ' (height)' : ''}`);
        }
      }
      if (el.matches('button, [role="tab"], [role="radio"], [role="button"]') && !el.querySelector('button, [role="button"]')) {
        // Each visible piece of text on its own (a job button's label and its hint are two lines by design;
        // Fluent's tabs keep a hidden bold copy of the label to reserve its width).
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !(node.textContent ?? '').trim() || getComputedStyle(parent).visibility === 'hidden') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          if (rects.length === 0) continue;
          if (rects.some((r) => r.right > box.right + 1 || r.left < box.left - 1)) found.cut.push(`label past its control: ${describe(el)}`);
          const mids = rects.map((r) => (r.top + r.bottom) / 2).sort((a, b) => a - b);
          const lineHeight = Math.min(...rects.map((r) => r.height));
          const lines = mids.filter((m, i) => i === 0 || m - mids[i - 1] > lineHeight / 2).length;
          if (lines > 1) found.wraps.push(`label on ${lines} lines: ${describe(el)}`);
        }
      }
    }
    for (const input of document.querySelectorAll('input')) {
      if (!['text', 'search', 'url', 'email', ''].includes(input.type) || input.getBoundingClientRect().width === 0) continue;
      if (input.value && input.scrollWidth > input.clientWidth + 1)
        found.longerThanBox.push(`input "${input.value.slice(0, 30)}" (${input.getAttribute('aria-label') ?? input.id})`);
    }
    for (const list of document.querySelectorAll('[role="tablist"]')) {
      const rows = new Set([...list.querySelectorAll('[role="tab"]')].map((tab) => Math.round(tab.getBoundingClientRect().top))).size;
      if (rows > 1) found.wraps.push(`tabs on ${rows} rows: ${describe(list)}`);
    }
    return found;
  });
}

/** One screenshot's verdict: problems (the page or an element sticks out, text cut off) and what to look at. */
export interface ShotReport {
  issues: string[];
  notes: string[];
}

/** Everything the screens scripts check on a settled page (scripts/pane-screens*.ts). */
export async function shotReport(page: Page): Promise<ShotReport> {
  const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  const sideways = await overflowing(page);
  const cut = await cutText(page);
  return {
    issues: [...(pageScrolls ? ['THE PAGE SCROLLS SIDEWAYS'] : []), ...sideways, ...cut.cut.map((c) => `cut: ${c}`)],
    notes: [...cut.shortened.map((c) => `shortened: ${c}`), ...cut.wraps, ...cut.longerThanBox.map((c) => `longer than its box: ${c}`)],
  };
}

/** A shot's line for the console: the file, then its problems or "ok", then what to look at. */
export function shotLine(file: string, r: ShotReport): string {
  return `${file}${r.issues.length ? '\n  ' + r.issues.join('\n  ') : '  ok'}${r.notes.length ? '\n  (' + r.notes.join('; ') + ')' : ''}`;
}

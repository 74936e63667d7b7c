import { describe, expect, it } from 'vitest';
import { layoutMap, MAX_PNG_SIDE } from '../../../src/mindmap';
import { layoutToPng } from '../../../src/mindmap/render-png-node';
import { bigTree, wideTree } from './fixtures';

function pngSize(png: Uint8Array): { width: number; height: number } {
  expect(Array.from(png.slice(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
  const v = new DataView(png.buffer, png.byteOffset);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

describe('PNG export (Node, resvg)', () => {
  it('is a PNG at twice the SVG size, with drawn content', () => {
    const layout = layoutMap(wideTree(3, 2, 1));
    const png = layoutToPng(layout);
    const { width, height } = pngSize(png);
    expect(width).toBe(layout.width * 2);
    expect(height).toBe(layout.height * 2);
    // A blank image compresses to almost nothing; text, boxes and links do not.
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('scales a huge map down to a raster every viewer can open', () => {
    const layout = layoutMap(bigTree(2000));
    const { width, height } = pngSize(layoutToPng(layout));
    expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(height / width).toBeCloseTo(layout.height / layout.width, 1);
  });
});

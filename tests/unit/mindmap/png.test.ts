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
  it('is a PNG at twice the SVG size, with drawn content', async () => {
    const layout = layoutMap(wideTree(3, 2, 1));
    const png = await layoutToPng(layout);
    const { width, height } = pngSize(png);
    expect(width).toBe(layout.width * 2);
    expect(height).toBe(layout.height * 2);
    // A blank image compresses to almost nothing; text, boxes and links do not.
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('scales a huge map down to a raster every viewer can open', async () => {
    const layout = layoutMap(bigTree(2000));
    const { width, height } = pngSize(await layoutToPng(layout));
    expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_PNG_SIDE);
    expect(height / width).toBeCloseTo(layout.height / layout.width, 1);
  });
});

describe("PNG fonts: shipped, not the machine's", () => {
  it('the CLI build copies exactly the faces the PNG loads', async () => {
    const { PNG_FONT_FILES } = await import('../../../src/mindmap/png-fonts-node');
    // @ts-expect-error -- a plain .mjs build script without types
    const build = (await import('../../../scripts/build-cli.mjs')) as { PNG_FONT_FILES: string[] };
    expect(build.PNG_FONT_FILES).toEqual(PNG_FONT_FILES);
  });

  // resvg stops at the first family it has and otherwise takes its default (a serif on a machine without
  // Liberation Sans): each script is drawn here against resvg given only the pinned font files, no system font.
  async function reference(title: string, fonts: string[]) {
    const { createRequire } = await import('node:module');
    const { Resvg } = await import('@resvg/resvg-js');
    const { svgFromLayout, pngScale } = await import('../../../src/mindmap');
    const layout = layoutMap({ title, children: [] });
    const scale = pngScale(layout.width, layout.height, 2);
    const files = fonts.map((f) => createRequire(import.meta.url).resolve(`@expo-google-fonts/${f}`));
    const family = fonts[0].startsWith('arimo') ? 'Arimo' : 'Noto Sans SC';
    const svg = svgFromLayout(layout, { rasterScale: scale }).replace(/font-family="[^"]*"/, `font-family="${family}"`);
    const ref = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family },
      fitTo: { mode: 'zoom', value: scale },
      background: '#FFFFFF',
    })
      .render()
      .asPng();
    return { png: await layoutToPng(layout), ref };
  }

  it('Latin text is drawn in Arimo (Arial metrics, as the layout measures), never a fallback serif', async () => {
    const { png, ref } = await reference('Quarterly Review: Revenue, Risks & Next Steps', [
      'arimo/400Regular/Arimo_400Regular.ttf',
      'arimo/700Bold/Arimo_700Bold.ttf',
    ]);
    expect(Buffer.from(png).equals(Buffer.from(ref))).toBe(true);
  });

  it('Chinese text is drawn in Noto Sans SC: the per-map subset loses no glyph of a real course title', async () => {
    // A heading of tests/fixtures/real/markdown/ai-edu-kano.md.
    const { png, ref } = await reference('惊喜型功能，兴奋点，快上线，麻利儿的', [
      'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
      'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    ]);
    expect(Buffer.from(png).equals(Buffer.from(ref))).toBe(true);
  });
});

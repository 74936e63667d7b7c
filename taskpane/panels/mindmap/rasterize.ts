import { pngScale, svgFromLayout, type MapLayout } from '../../../src/mindmap';
import { pngForInsertAt, svgToPngBlob } from '../../components/rasterize-svg';

export { MAX_INSERT_BYTES, blobToBase64 } from '../../components/rasterize-svg';

/** The map's own SVG drawn onto a canvas (text smaller than legible drawn as bars, as in Node). */
export async function layoutToPngBlob(layout: MapLayout, preferredScale = 2): Promise<Blob> {
  const scale = pngScale(layout.width, layout.height, preferredScale);
  return svgToPngBlob(svgFromLayout(layout, { rasterScale: scale }), layout.width, layout.height, scale);
}

/** A PNG small enough to insert into a document: the scale drops until it fits the host's limit. */
export function pngForInsert(layout: MapLayout): Promise<string> {
  return pngForInsertAt((scale) => layoutToPngBlob(layout, scale));
}

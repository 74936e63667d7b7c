// Puts a rendered map into the open document as a picture: at the Word cursor, or on the current
// PowerPoint slide. Base64 without a data: prefix, as both APIs want it.
import { pictureInsertUnsupported } from '../mindmap/errors';

const supported = (name: string, version: string) => typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);

export interface PictureSize {
  /** The picture's natural size in CSS pixels (the map's size, not the raster's). */
  width: number;
  height: number;
}

/** Word's text column on a Letter/A4 page with default margins, in points. */
const WORD_MAX_WIDTH_PT = 468;

function fit(size: PictureSize, maxW: number, maxH: number): { width: number; height: number } {
  // CSS pixels are 0.75 pt.
  const k = Math.min(1, maxW / (size.width * 0.75), maxH / (size.height * 0.75));
  return { width: size.width * 0.75 * k, height: size.height * 0.75 * k };
}

/** A picture's size in Word, in points: its natural size, scaled down to the text column and a page. */
export function wordPictureSize(size: PictureSize): { width: number; height: number } {
  return fit(size, WORD_MAX_WIDTH_PT, 648);
}

/**
 * Word: inline after the selection (a collapsed cursor inserts where it stands; selected text is kept),
 * scaled to the text column. insertInlinePictureFromBase64 on a range needs WordApi 1.2. The alt text's
 * description may be longer than its title (a diagram keeps its Mermaid source there).
 */
export async function insertPictureInWord(base64: string, size: PictureSize, altText: string, altDescription = altText): Promise<void> {
  if (!supported('WordApi', '1.2')) throw pictureInsertUnsupported('Word', 'WordApi 1.2');
  await Word.run(async (context) => {
    const picture = context.document.getSelection().insertInlinePictureFromBase64(base64, Word.InsertLocation.after);
    const { width, height } = wordPictureSize(size);
    picture.lockAspectRatio = true;
    picture.width = width;
    picture.height = height;
    picture.altTextTitle = altText;
    picture.altTextDescription = altDescription;
    picture.select();
    await context.sync();
  });
}

/**
 * PowerPoint: onto the current slide, centred and fitted to the slide. Uses the Common API's image
 * coercion (ImageCoercion 1.1), the GA way to add a picture (ShapeCollection.addPicture is preview only).
 */
export async function insertPictureInPowerPoint(base64: string, size: PictureSize): Promise<void> {
  if (!supported('ImageCoercion', '1.1')) throw pictureInsertUnsupported('PowerPoint', 'ImageCoercion 1.1');
  let slideW = 960;
  let slideH = 540;
  if (supported('PowerPointApi', '1.10')) {
    await PowerPoint.run(async (context) => {
      const setup = context.presentation.pageSetup;
      setup.load('slideWidth,slideHeight');
      await context.sync();
      slideW = setup.slideWidth;
      slideH = setup.slideHeight;
    });
  }
  const margin = 24;
  const { width, height } = fit(size, slideW - margin * 2, slideH - margin * 2);
  await new Promise<void>((resolve, reject) => {
    Office.context.document.setSelectedDataAsync(
      base64,
      { coercionType: Office.CoercionType.Image, imageLeft: (slideW - width) / 2, imageTop: (slideH - height) / 2, imageWidth: width, imageHeight: height },
      (r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? 'setSelectedDataAsync failed'))),
    );
  });
}

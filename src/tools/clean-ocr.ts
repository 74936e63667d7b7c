// DeepSeek's OCR returns the model's raw output, not clean Markdown: page-by-page output keeps grounding
// markers — `<|ref|>label<|/ref|>` naming a block's kind (text, title, image, table…) followed by
// `<|det|>[[x1, y1, x2, y2]]<|/det|>` or `<|box|>…<|/box|>` coordinates. They are layout data, not text.

const LABEL_THEN_BOX = /<\|ref\|>([\s\S]*?)<\|\/ref\|>\s*(?:<\|(?:det|box)\|>[\s\S]*?<\|\/(?:det|box)\|>)/g;
const BOX = /<\|(?:det|box|quad)\|>[\s\S]*?<\|\/(?:det|box|quad)\|>/g;
const REF = /<\|ref\|>([\s\S]*?)<\|\/ref\|>/g;
const ANY_TOKEN = /<\|[^|<>]{1,40}\|>/g;

/** The text without markers: labels and coordinates dropped, a ref without coordinates kept as text. */
export function cleanOcrText(raw: string): string {
  return raw
    .replace(LABEL_THEN_BOX, '')
    .replace(BOX, '')
    .replace(REF, '$1')
    .replace(ANY_TOKEN, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

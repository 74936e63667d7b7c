import { AppError, EmptyInputError, InputTooLargeError } from '../errors';
import { guardZip } from '../files/zip-guard';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * Turns an opened file (standalone pane or CLI) into Outline-style Markdown: .md and .txt as they are,
 * .docx through mammoth, which maps Word's heading styles to `#` levels and keeps lists and tables.
 */
export async function readInputAsMarkdown(fileName: string, bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.byteLength > MAX_DOCUMENT_BYTES) throw new InputTooLargeError(data.byteLength, MAX_DOCUMENT_BYTES);
  let text: string;
  if (/\.docx$/i.test(fileName)) {
    // A .docx is a zip: one that would unpack to gigabytes is refused before mammoth inflates it.
    await guardZip(data, fileName);
    // mammoth reads a Buffer in Node and an ArrayBuffer in the browser.
    const NodeBuffer = (globalThis as { Buffer?: { from(a: Uint8Array): unknown } }).Buffer;
    const input = NodeBuffer ? { buffer: NodeBuffer.from(data) } : { arrayBuffer: data.slice().buffer };
    // mammoth writes Word's heading styles, lists and tables as HTML; docx-markdown.ts writes that as
    // Markdown with real tables. Loaded only for .docx: most callers (and every CLI run) read plain text.
    const mammoth = (await import('mammoth')).default;
    let result: { value: string };
    try {
      result = await (mammoth as unknown as { convertToHtml(i: unknown): Promise<{ value: string }> }).convertToHtml(input);
    } catch (e) {
      // mammoth walks the document recursively: tables nested thousands deep overflow its stack. That is
      // a Word document too deep to read, not "not a Word document".
      if (e instanceof RangeError) throw new AppError('files.error.tooDeep.document', { name: fileName });
      throw e;
    }
    const { docxHtmlToMarkdown } = await import('./docx-markdown');
    result = { value: await docxHtmlToMarkdown(result.value) };
    text = unescapeMammothMarkdown(result.value);
  } else {
    text = decodeText(data);
  }
  if (!text.trim()) throw new EmptyInputError();
  return text;
}

function decodeText(data: Uint8Array): string {
  // A BOM is dropped by TextDecoder; Windows line endings are normalised here once for every reader.
  return new TextDecoder('utf-8').decode(data).replace(/\r\n?/g, '\n');
}

/** mammoth escapes Markdown punctuation (`\.`, `\-`, `\(`); readers want the plain text back. */
function unescapeMammothMarkdown(md: string): string {
  return md
    .replace(/<a id="[^"]*"><\/a>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~])/g, '$1')
    .replace(/__(.+?)__/g, '**$1**')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

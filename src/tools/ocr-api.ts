import { callTool } from './call-tool';
import type { ToolEndpoint } from './endpoint';
import { cleanOcrText } from './clean-ocr';

export interface OcrPage {
  index: number;
  text: string;
  /** 'length': the page was cut short. */
  finishReason?: string;
}

export interface OcrResult {
  pageCount: number;
  pages: OcrPage[];
  /** Every page's cleaned text, in order, separated by blank lines. */
  text: string;
}

interface RawOcr {
  page_count?: number;
  pages?: { index?: number; text?: string; finish_reason?: string }[];
}

/**
 * `POST {origin}/v1/tools/ocr` with exactly `file` and `purpose` (any other field is refused). The reply
 * comes after the whole file is read, with blank lines as keep-alives before it; the text of each page
 * is the model's raw output, cleaned here of its layout markers.
 */
export async function deepseekOcr(
  ep: ToolEndpoint,
  file: { name: string; bytes: Uint8Array },
  o: { signal?: AbortSignal; purpose?: 'text_recognition' | 'rich_layout_recognition' } = {},
): Promise<OcrResult> {
  const form = new FormData();
  form.append('file', new Blob([file.bytes as BlobPart]), file.name);
  form.append('purpose', o.purpose ?? 'text_recognition');
  // DeepSeek allows 180 s for the whole call; a scan of many pages needs most of it.
  const r = await callTool<RawOcr>({ ...ep, timeoutMs: ep.timeoutMs ?? 180_000, maxRetries: 0 }, { tool: 'ocr', body: form, signal: o.signal });
  const pages = (r.pages ?? [])
    .map((p, i) => ({ index: p.index ?? i, text: cleanOcrText(p.text ?? ''), finishReason: p.finish_reason }))
    .sort((a, b) => a.index - b.index);
  return {
    pageCount: r.page_count ?? pages.length,
    pages,
    text: pages
      .map((p) => p.text)
      .filter(Boolean)
      .join('\n\n'),
  };
}

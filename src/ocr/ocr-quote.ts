import { formatMoney, OCR_CNY_PER_PAGE } from '../llm';

/** What the user is asked before a scan is uploaded: how many pages, and what DeepSeek charges for them. */
export interface OcrQuote {
  name: string;
  pages: number;
  /** CNY (DeepSeek publishes no USD price for OCR). */
  priceCny: number;
  /** "¥0.0180" */
  price: string;
}

export function ocrQuote(name: string, pages: number): OcrQuote {
  const priceCny = pages * OCR_CNY_PER_PAGE;
  return { name, pages, priceCny, price: formatMoney(priceCny, 'CNY') };
}

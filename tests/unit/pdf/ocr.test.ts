import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDocument } from '../../../src/writing/read-document';
import { loadPdfjsNode } from '../../../src/pdf/pdfjs-node';
import type { AppError } from '../../../src/errors';
import { cleanOcrText } from '../../../src/tools/clean-ocr';
import { toolEndpointFor, toolsOrigin } from '../../../src/tools/endpoint';
import type { OcrCache } from '../../../src/ocr/ocr-cache';
import type { OcrQuote } from '../../../src/ocr/ocr-quote';
import { AuthError, InsufficientBalanceError, RateLimitError } from '../../../src/llm';
import { translate, variantKey } from '../../../src/locales';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';

let llm: MockLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/real/pdf', name)));

function memoryCache(): OcrCache & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: async (h) => map.get(h), set: async (h, t) => void map.set(h, t) };
}

describe('scans go to DeepSeek OCR only after the user agrees', () => {
  it('asks first with the page count and the price, and sends nothing on a no', async () => {
    llm = await startMockLlm();
    const quotes: OcrQuote[] = [];
    const access = { endpoint: () => toolEndpointFor(llm!.settings), consent: async (q: OcrQuote) => (quotes.push(q), false), cache: memoryCache() };
    await expect(readDocument('scan-zh.pdf', fixture('scan-zh.pdf'), { loadPdfjs: loadPdfjsNode, ocr: access })).rejects.toMatchObject({
      key: 'pdf.error.ocrDeclined',
    });
    expect(quotes).toEqual([{ name: 'scan-zh.pdf', pages: 1, priceCny: 0.0015, price: '¥0.00150' }]);
    expect(llm.toolRequests).toHaveLength(0);
  });

  it('after a yes: the file is uploaded as multipart file + purpose only, the markers are cleaned, the result cached', async () => {
    llm = await startMockLlm();
    const cache = memoryCache();
    let asked = 0;
    const access = { endpoint: () => toolEndpointFor(llm!.settings), consent: async () => (asked++, true), cache };
    const r = await readDocument('scan-zh.pdf', fixture('scan-zh.pdf'), { loadPdfjs: loadPdfjsNode, ocr: access });
    expect(r).toEqual({ markdown: '# 扫描件标题\n\n这是识别出的正文。', via: 'ocr', pages: 1 });
    expect(llm.toolRequests).toEqual([
      expect.objectContaining({
        tool: 'ocr',
        body: { fields: ['file', 'purpose'], fileName: 'scan-zh.pdf', fileSize: fixture('scan-zh.pdf').byteLength, purpose: 'text_recognition' },
      }),
    ]);
    expect(llm.toolRequests[0].headers.authorization).toBe('Bearer sk-mock');
    // The same file again: from the cache, without asking or sending.
    const again = await readDocument('copy-of-scan.pdf', fixture('scan-zh.pdf'), { loadPdfjs: loadPdfjsNode, ocr: access });
    expect(again.markdown).toBe(r.markdown);
    expect(asked).toBe(1);
    expect(llm.toolRequests).toHaveLength(1);
    expect([...cache.map.keys()][0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an image is a one-page scan', async () => {
    llm = await startMockLlm();
    const r = await readDocument('scan-zh.jpg', fixture('scan-zh.jpg'), { ocr: { endpoint: () => toolEndpointFor(llm!.settings), consent: async () => true } });
    expect(r.via).toBe('ocr');
    expect(llm.toolRequests[0].body.fileName).toBe('scan-zh.jpg');
  });

  it('with no one to ask (a script), the sentence gives pages and price and says nothing was sent', async () => {
    llm = await startMockLlm();
    const err = (await readDocument('scan-zh.pdf', fixture('scan-zh.pdf'), {
      loadPdfjs: loadPdfjsNode,
      ocr: { endpoint: () => toolEndpointFor(llm!.settings) },
    }).catch((e: unknown) => e)) as AppError;
    expect(err).toMatchObject({ key: 'pdf.error.needsOcr', params: { pages: 1 } });
    expect(translate('en-US', err.key, err.params)).toBe(
      '“scan-zh.pdf” has no text layer (it is a scan or a picture): 1 page(s). Reading it needs DeepSeek OCR, about ¥0.00150. Nothing was sent.',
    );
    expect(translate('en-US', variantKey(err.key, 'cli'), err.params)).toContain('Run the command again with --ocr to agree.');
    expect(llm.toolRequests).toHaveLength(0);
  });

  it.each([
    [401, AuthError],
    [402, InsufficientBalanceError],
    [429, RateLimitError],
  ] as const)('OCR answering %i gives the same typed error as chat', async (status, Type) => {
    llm = await startMockLlm(undefined, { tools: { ocr: () => ({ status }) } });
    const err = await readDocument('scan-zh.jpg', fixture('scan-zh.jpg'), {
      ocr: { endpoint: () => toolEndpointFor({ ...llm!.settings, maxRetries: 0 }), consent: async () => true },
    }).catch((e: unknown) => e);
    expect(Type.isInstance(err)).toBe(true);
  });

  it('OCR that finds nothing says so', async () => {
    llm = await startMockLlm(undefined, {
      tools: { ocr: () => ({ page_count: 1, pages: [{ index: 0, text: '<|ref|>image<|/ref|><|det|>[[0, 0, 10, 10]]<|/det|>', finish_reason: 'stop' }] }) },
    });
    await expect(
      readDocument('blank.png', new Uint8Array([1, 2, 3]), { ocr: { endpoint: () => toolEndpointFor(llm!.settings), consent: async () => true } }),
    ).rejects.toMatchObject({ key: 'pdf.error.ocrEmpty' });
  });
});

describe('the raw OCR text is cleaned of layout markers', () => {
  it('drops labels with their boxes, keeps free text, leaves no token', () => {
    const raw =
      '<|ref|>title<|/ref|><|det|>[[120, 40, 880, 90]]<|/det|>\n# 第一章\n\n<|ref|>text<|/ref|><|box|>(1,2),(3,4)<|/box|>\n正文一段。\n<|ref|>表格<|/ref|> 续<|grounding|>';
    expect(cleanOcrText(raw)).toBe('# 第一章\n\n正文一段。\n表格 续');
  });
});

describe('the tools origin', () => {
  it('is the base URL without a trailing /v1', () => {
    expect(toolsOrigin('https://api.deepseek.com')).toBe('https://api.deepseek.com');
    expect(toolsOrigin('https://api.deepseek.com/v1/')).toBe('https://api.deepseek.com');
    expect(toolsOrigin('http://127.0.0.1:8787/v1')).toBe('http://127.0.0.1:8787');
    // Through a relay that holds the key: no key is sent.
    expect(
      toolEndpointFor({
        provider: 'custom',
        baseURL: 'http://127.0.0.1:8787/v1',
        apiKey: '',
        fastModel: 'm',
        deepModel: 'm',
        maskSensitive: true,
        connectTimeoutMs: 1,
        idleTimeoutMs: 1,
        maxRetries: 2,
      }).apiKey,
    ).toBeUndefined();
  });
});

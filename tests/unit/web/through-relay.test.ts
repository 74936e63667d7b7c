// The Search, Fetch and OCR clients take a base URL and an optional key, so they work through the local
// relay (#20), which holds the key: the pane sends none.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { searchWeb } from '../../../src/web';
import { deepseekFetch } from '../../../src/tools/fetch-api';
import { toolEndpointFor } from '../../../src/tools/endpoint';
import { readDocument } from '../../../src/writing/read-document';
import { startMockLlm, type MockLlm } from '../../support/mock-llm';
import { startTestRelay, type TestRelay } from '../../support/relay';

const KEY = 'sk-relay-holds-this-9876';
let llm: MockLlm | undefined;
let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.close();
  await llm?.close();
  relay = llm = undefined;
});

describe('DeepSeek tools through the local relay', () => {
  it('search, fetch and OCR reach DeepSeek with the relay’s key; the pane sends none', async () => {
    llm = await startMockLlm(undefined, { requireKey: KEY });
    relay = await startTestRelay({ ...llm.settings, apiKey: KEY });
    const pane = relay.paneSettings({ searchBackend: 'auto' });
    const ep = toolEndpointFor(pane);
    expect(ep.apiKey).toBeUndefined();

    const found = await searchWeb(pane, { question: 'DeepSeek OCR price', locale: 'en-US', queries: 'question' });
    expect(found.backend).toBe('deepseek');
    expect(found.sources).toHaveLength(3);
    const page = await deepseekFetch(ep, 'https://example.org/a');
    expect(page.title).toBe('Page at https://example.org/a');
    const scan = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/real/pdf/scan-zh.jpg')));
    const ocr = await readDocument('scan-zh.jpg', scan, { ocr: { endpoint: () => ep, consent: async () => true } });
    expect(ocr.markdown).toContain('扫描件标题');

    expect(llm.toolRequests.map((r) => r.tool)).toEqual(['search', 'fetch', 'ocr']);
    expect(llm.toolRequests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(llm.toolRequests[2].body).toMatchObject({ fields: ['file', 'purpose'], fileName: 'scan-zh.jpg', fileSize: scan.byteLength });
  });
});

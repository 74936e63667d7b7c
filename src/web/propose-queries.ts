import { z } from 'zod';
import { generateObject } from '../llm/generate-object';
import type { LlmSettings } from '../llm/settings';
import type { Locale } from '../locales';
import { clampQuery } from '../tools/search-api';

const schema = z.object({ queries: z.array(z.string().min(1)).min(1).max(3) });

/**
 * The model turns a question (or a brief, or a deck topic) into up to three short search queries. A
 * failure here is not worth stopping for: the question itself is then the query.
 */
export async function proposeQueries(settings: LlmSettings, question: string, o: { locale: Locale; signal?: AbortSignal; today?: string }): Promise<string[]> {
  const zh = o.locale === 'zh-CN';
  const today = o.today ?? new Date().toISOString().slice(0, 10);
  const system = zh
    ? `你为联网搜索写查询词。今天是 ${today}。根据用户的问题写 1–3 个简短的搜索查询（每个不超过 30 个字），覆盖问题的不同方面，用问题所用的语言。只输出 JSON，例如 {"queries": ["查询一", "查询二"]}。`
    : `You write web search queries. Today is ${today}. From the user's request write 1–3 short search queries (at most 12 words each) covering its different aspects, in the language of the request. Output JSON only, e.g. {"queries": ["first query", "second query"]}.`;
  try {
    const r = await generateObject(settings, {
      schema,
      mode: 'fast',
      signal: o.signal,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: question.slice(0, 4_000) },
      ],
    });
    const qs = [...new Set(r.object.queries.map(clampQuery).filter(Boolean))];
    if (qs.length) return qs;
  } catch (e) {
    if (o.signal?.aborted) throw e;
  }
  return [clampQuery(question)];
}

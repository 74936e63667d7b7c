import type { Translate } from '../locales';
import type { Cost, Usage } from './types';
import { formatCost } from './pricing';

/** One line for the pane and the CLI: "Tokens: 120 in (60 cached) · 45 out (30 reasoning) · $0.00002". */
export function usageLine(t: Translate, usage: Usage, cost?: Cost): string {
  const cache = usage.cacheHitTokens ? t('ask.usage.cache', { n: usage.cacheHitTokens }) : '';
  const reasoning = usage.reasoningTokens ? t('ask.usage.reasoning', { n: usage.reasoningTokens }) : '';
  const price = cost ? t('ask.usage.cost', { cost: formatCost(cost) }) : '';
  return t('ask.usage.line', { input: usage.promptTokens, cache, output: usage.completionTokens, reasoning, cost: price });
}

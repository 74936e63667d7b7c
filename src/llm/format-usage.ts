import type { Locale, Translate } from '../locales';
import type { Cost, Usage } from './types';
import { formatCost } from './pricing';

/**
 * One line for the pane and the CLI: "Tokens: 120 in (60 cached) · 45 out (30 reasoning) · $0.00002 (off-peak)".
 * The cost is shown in ¥ to zh-CN users and in $ to en-US users where the price table has both.
 */
export function usageLine(t: Translate, usage: Usage, cost: Cost | undefined, locale?: Locale): string {
  const cache = usage.cacheHitTokens ? t('ask.usage.cache', { n: usage.cacheHitTokens }) : '';
  const reasoning = usage.reasoningTokens ? t('ask.usage.reasoning', { n: usage.reasoningTokens }) : '';
  const period = cost?.period ? t(`ask.usage.period.${cost.period}`) : '';
  const price = cost ? t('ask.usage.cost', { cost: formatCost(cost, locale), period }) : '';
  return t('ask.usage.line', { input: usage.promptTokens, cache, output: usage.completionTokens, reasoning, cost: price });
}

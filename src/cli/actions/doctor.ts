import { maskKey, presetFor, PRICES_CHECKED, PRICES_SOURCE, testConnection, type ConnectionReport } from '../../llm';
import { translate, type KeySuffix, type Locale, type MessageKey } from '../../locales';
import { assertCliKey, resolveCliConfig, type ResolvedConfig } from '../config';
import type { ProviderFlags } from '../options';
import { cliLocale } from '../report-error';

/** The doctor's report as lines (configuration with where each value came from, then the check). */
export function doctorLines(cfg: ResolvedConfig, report: ConnectionReport, locale: Locale): string[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const src = (s: KeySuffix<'ask.doctor.source.'>) => t(`ask.doctor.source.${s}`);
  const s = cfg.settings;
  const preset = presetFor(s.provider);
  const lines = [
    t(cfg.configFound ? 'ask.doctor.configFile' : 'ask.doctor.configMissing', { path: cfg.configPath }),
    `${t('ask.doctor.provider')}: ${locale === 'zh-CN' ? preset.nameZh : preset.name} (${s.provider})  [${src(cfg.sources.provider)}]`,
    `${t('ask.doctor.baseURL')}: ${s.baseURL}  [${src(cfg.sources.baseURL)}]`,
    `${t('ask.doctor.apiKey')}: ${s.apiKey ? maskKey(s.apiKey) : t('ask.doctor.noKey')}  [${src(cfg.sources.apiKey)}]`,
    `${t('ask.doctor.fastModel')}: ${s.fastModel}  [${src(cfg.sources.fastModel)}]`,
    `${t('ask.doctor.deepModel')}: ${s.deepModel}  [${src(cfg.sources.deepModel)}]`,
    t('ask.doctor.prices', { date: PRICES_CHECKED, source: PRICES_SOURCE }),
  ];
  if (preset.thinking === 'deepseek') lines.push(`${t('ask.doctor.effort')}: ${s.reasoningEffort ?? 'high'}`);
  if (!report.ok) {
    lines.push(t('ask.doctor.failed', { ms: report.latencyMs }));
    return lines;
  }
  lines.push(t('ask.doctor.ok', { ms: report.latencyMs }));
  if (report.models)
    lines.push(`${t('ask.doctor.models', { n: report.models.length })}: ${report.models.slice(0, 30).join(', ')}${report.models.length > 30 ? ', …' : ''}`);
  for (const m of report.missingModels) lines.push(t('ask.doctor.missingModel', { model: m }));
  if (report.balance) {
    const b = report.balance.balances.map((x) => `${x.currency} ${x.total}`).join(', ') || '0';
    lines.push(`${t('ask.doctor.balance')}: ${b}${report.balance.available ? '' : ` (${t('ask.doctor.balanceUnavailable')})`}`);
  }
  return lines;
}

export async function doctorAction(opts: ProviderFlags): Promise<void> {
  const cfg = resolveCliConfig(opts);
  try {
    assertCliKey(cfg);
  } catch (e) {
    for (const line of doctorLines(cfg, { ok: false, latencyMs: 0, missingModels: [], error: e }, cliLocale())) console.log(line);
    throw e;
  }
  const report = await testConnection(cfg.settings);
  for (const line of doctorLines(cfg, report, cliLocale())) console.log(line);
  if (!report.ok) throw report.error;
}

import { homedir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors';
import { readRegularFileSync } from '../files/read-file-node';
import { defaultLlmSettings, llmSettingsSchema, type LlmSettings } from '../llm/settings';
import { findPreset, presetFor } from '../llm/providers/presets';
import { asksForDeepModel, deepThinkingAvailable } from '../llm/deep-model';

export type SettingSource = 'flag' | 'env' | 'file' | 'preset' | 'default';

export interface CliFlags {
  provider?: string;
  model?: string;
  deepModel?: string;
  baseUrl?: string;
  /** --deep, on the commands that have it: refused with a sentence where deep thinking is unavailable. */
  deep?: boolean;
}

export interface ResolvedConfig {
  settings: LlmSettings;
  sources: Record<'provider' | 'baseURL' | 'apiKey' | 'fastModel' | 'deepModel', SettingSource>;
  configPath: string;
  configFound: boolean;
}

/** ~/.config/dsplus/config.json (XDG_CONFIG_HOME honoured; DSPLUS_CONFIG names another file). */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DSPLUS_CONFIG) return env.DSPLUS_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'dsplus', 'config.json');
}

/** A settings file is a few hundred bytes; anything near this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

function readConfigFile(path: string): { data: Partial<LlmSettings>; found: boolean } {
  let text: string;
  try {
    text = new TextDecoder().decode(readRegularFileSync(path, MAX_CONFIG_BYTES));
  } catch (e) {
    // No config file is the usual case; a device, a pipe or a huge file in its place is said as such.
    if (e instanceof AppError && e.key !== 'files.error.notFound') throw e;
    return { data: {}, found: false };
  }
  try {
    const parsed = llmSettingsSchema.partial().safeParse(JSON.parse(text));
    if (!parsed.success)
      throw new AppError('ask.cli.badConfig', { path, detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    return { data: parsed.data, found: true };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('ask.cli.badConfig', { path, detail: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Settings for the CLI: flags, then environment (DSPLUS_PROVIDER, DSPLUS_BASE_URL, DSPLUS_API_KEY —
 * falling back to DEEPSEEK_API_KEY for the DeepSeek provider only, so a DeepSeek key never travels to
 * another provider — DSPLUS_MODEL, DSPLUS_DEEP_MODEL), then the config file, then the provider preset.
 * The file's endpoint and models apply only when the file is about the same provider.
 */
export function resolveCliConfig(flags: CliFlags = {}, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const path = configPath(env);
  const { data: file, found } = readConfigFile(path);
  const pick = <T>(
    flag: T | undefined,
    envVal: T | undefined,
    fileVal: T | undefined,
    presetVal: T,
    presetSource: SettingSource = 'preset',
  ): [T, SettingSource] =>
    flag !== undefined && flag !== ''
      ? [flag, 'flag']
      : envVal !== undefined && envVal !== ''
        ? [envVal, 'env']
        : fileVal !== undefined && fileVal !== ''
          ? [fileVal, 'file']
          : [presetVal, presetSource];

  const [provider, providerSrc] = pick(flags.provider, env.DSPLUS_PROVIDER, file.provider, defaultLlmSettings.provider, 'default');
  if (!findPreset(provider)) throw new AppError('ask.cli.unknownProvider', { provider });
  const preset = presetFor(provider);
  const sameProvider = !file.provider || file.provider === provider;
  const f: Partial<LlmSettings> = sameProvider ? file : {};
  // Timeouts, masking and prices apply whichever provider the file was written for. The pane's relay
  // mode does not: the CLI holds the key itself and always calls the provider directly.
  const { provider: _p, baseURL: _b, apiKey: _k, fastModel: _f, deepModel: _d, connection: _c, relayToken: _t, ...general } = file;
  const [baseURL, baseSrc] = pick(flags.baseUrl, env.DSPLUS_BASE_URL, f.baseURL, preset.baseURL);
  const [fastModel, fastSrc] = pick(flags.model, env.DSPLUS_MODEL, f.fastModel, preset.fastModel);
  // A preset that names no deep model of its own (Custom) has none until one is named: deep thinking is
  // then the fast model, i.e. unavailable, rather than the preset's placeholder name.
  const [deepModel, deepSrc] = pick(
    flags.deepModel ?? flags.model,
    env.DSPLUS_DEEP_MODEL,
    f.deepModel,
    asksForDeepModel(provider) ? fastModel : preset.deepModel,
  );
  const envKey = env.DSPLUS_API_KEY || (provider === 'deepseek' ? env.DEEPSEEK_API_KEY : undefined);
  const [apiKey, keySrc] = pick(undefined, envKey, f.apiKey, '', 'default');

  const parsed = llmSettingsSchema.safeParse({ ...defaultLlmSettings, ...general, provider, baseURL, fastModel, deepModel, apiKey });
  if (!parsed.success) throw new AppError('ask.cli.badSetting', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  return {
    settings: parsed.data,
    sources: { provider: providerSrc, baseURL: baseSrc, apiKey: keySrc, fastModel: fastSrc, deepModel: deepSrc },
    configPath: path,
    configFound: found,
  };
}

/** The CLI's own sentence for a missing key: where to put one (the pane's says "in Settings"). */
export function assertCliKey(cfg: ResolvedConfig): void {
  if (presetFor(cfg.settings.provider).needsKey && !cfg.settings.apiKey) {
    throw new AppError('ask.cli.noKey', {
      path: cfg.configPath,
      env: cfg.settings.provider === 'deepseek' ? 'DSPLUS_API_KEY / DEEPSEEK_API_KEY' : 'DSPLUS_API_KEY',
    });
  }
}

/**
 * --deep where the deep model is the fast one (Custom, or --model naming one model for both, where only the
 * model switches thinking): the answer would silently be a fast one, so the command stops and says so.
 */
export function assertCliDeep(cfg: ResolvedConfig, deep: boolean | undefined): void {
  if (deep && !deepThinkingAvailable(cfg.settings)) {
    throw new AppError('ask.cli.noDeepModel', { provider: cfg.settings.provider, model: cfg.settings.fastModel, path: cfg.configPath });
  }
}

/**
 * Settings for a command about to call the model: resolved as above, with a key where the provider needs
 * one, and a deep-thinking model when --deep asks for one.
 */
export function requireCliSettings(flags: CliFlags = {}, env: NodeJS.ProcessEnv = process.env): LlmSettings {
  const cfg = resolveCliConfig(flags, env);
  assertCliKey(cfg);
  assertCliDeep(cfg, flags.deep);
  return cfg.settings;
}

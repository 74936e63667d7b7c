import { AppError, isAbortError } from '../errors';
import { resolveLocale, translate, variantKey, type Translate } from '../locales';

/** The locale for CLI messages: DSPLUS_LANG, then LANG/LC_ALL. */
export function cliLocale() {
  return resolveLocale(process.env.DSPLUS_LANG ?? process.env.LC_ALL ?? process.env.LANG);
}

/**
 * Messages in the CLI's locale. Where a sentence tells a pane user to look "in Settings", its `<key>.cli`
 * variant names the flag, environment variable or config file instead.
 */
export function cliTranslate(): Translate {
  const locale = cliLocale();
  return (key, params) => translate(locale, variantKey(key, 'cli'), params);
}

export function reportError(e: unknown): number {
  if (isAbortError(e)) {
    console.error(cliTranslate()('status.cancelled'));
    return 130;
  }
  if (e instanceof AppError) {
    console.error(`dsplus: ${cliTranslate()(e.key, e.params)}`);
    return 1;
  }
  const message = e instanceof Error ? e.message : String(e);
  console.error(`dsplus: ${cliTranslate()('error.unexpected', { message })}`);
  return 1;
}

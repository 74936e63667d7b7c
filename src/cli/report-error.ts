import { AppError, isAbortError } from '../errors';
import { resolveLocale, translate, type Translate } from '../locales';

/** The locale for CLI messages: DSPLUS_LANG, then LANG/LC_ALL. */
export function cliLocale() {
  return resolveLocale(process.env.DSPLUS_LANG ?? process.env.LC_ALL ?? process.env.LANG);
}

/** Messages in the CLI's locale. */
export function cliTranslate(): Translate {
  const locale = cliLocale();
  return (key, params) => translate(locale, key, params);
}

export function reportError(e: unknown): number {
  if (isAbortError(e)) {
    console.error(translate(cliLocale(), 'status.cancelled'));
    return 130;
  }
  if (e instanceof AppError) {
    console.error(`dsplus: ${translate(cliLocale(), e.key, e.params)}`);
    return 1;
  }
  const message = e instanceof Error ? e.message : String(e);
  console.error(`dsplus: ${translate(cliLocale(), 'error.unexpected', { message })}`);
  return 1;
}

import { AppError } from '../errors';

// 联网搜索's failures, one factory each; code and tests tell them apart by key (`isFailure` in src/errors.ts).

/** 联网搜索 is on, but Settings has no backend for it. */
export const noSearchBackend = () => new AppError('web.error.noBackend');
/** SearXNG answers 403 to format=json unless `search.formats` in its settings.yml lists json. */
export const searxngJsonOff = (host: string) => new AppError('web.error.searxngJson', { host });
/** The browser could not read SearXNG's answer (no CORS headers, or down). */
export const searxngBlocked = (host: string) => new AppError('web.error.searxngBlocked', { host });
/** SearXNG answered with another HTTP error. */
export const searxngStatus = (host: string, status: number) => new AppError('web.error.searxngStatus', { host, status });
/** The search found nothing for any query. */
export const noSearchResults = (queries: readonly string[]) => new AppError('web.error.noResults', { queries: queries.map((q) => `“${q}”`).join(', ') });

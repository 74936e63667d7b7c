/** One web page found by a search, as every backend's results are normalised. */
export interface WebResult {
  title: string;
  url: string;
  /** A short extract from the engine. */
  snippet: string;
  /** The site's name, or its host. */
  site: string;
  /** Publication date, YYYY-MM-DD, when the engine knows it. */
  date?: string;
  /** Page text read with the Fetch API (only when "read the top pages" is on). */
  content?: string;
}

/** A result given to the model under its number: `[n]` in the answer names it. */
export interface Source extends WebResult {
  n: number;
}

export type SearchBackendKind = 'deepseek' | 'searxng';

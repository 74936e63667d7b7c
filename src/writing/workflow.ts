// The Writing feature's three jobs, each one straight line, called by the CLI (`dsplus minutes`, `draft`,
// `proofread`) and the Writing panel's tabs alike:
//   minutes:   notes ──writeMinutes──▶ record + its Markdown ──minutesDownload──▶ .docx/.md/.json
//              saved .json ──readSavedMinutes──▶ record (no model) ──minutesDownload──▶ .docx/.md/.json
//                                      └─ (pane) edited in a form ──checkMinutes / editedMinutes──▶ the same outputs
//                                                            └─ (pane) the Markdown into Word (src/office/word-insert)
//   draft:     brief + form ──writeDraft──▶ draft (citations checked) ──draftDocument──▶ Markdown ──draftDownload──▶ .docx/.md
//   proofread: document ──proofDocument──▶ text ──checkDocument──▶ suggestions ──applySuggestions──▶ tracked .docx / corrected text
//                                                                               └─ (pane, in Word) tracked changes in place
// The .docx writers and the web module load on first use, so a tab that only previews stays light.

import { EmptyInputError } from '../errors';
import type { LlmSettings } from '../llm/settings';
import type { Usage } from '../llm/types';
import type { Locale } from '../locales';
import { detectLocale } from '../markdown/language';
import type { Message } from '../messages';
import type { CitationCheck } from '../web/check-citations';
import type { Source } from '../web/types';
import { documentText } from './document-text';
import { fillFields, generateDraft } from './draft';
import { generateMinutes, type MinutesOptions, type MinutesResult } from './generate-minutes';
import type { Minutes } from './minutes-schema';
import type { MinutesFormat } from './minutes-output';
import { proofreadText, type ProofreadResult } from './proofread';
import type { ProofEdit, TextPlace } from './proofread-types';
import { renderMinutesMarkdown } from './render-minutes';
import type { DraftTemplate, FieldKey } from './templates';

/** A file to save or download. */
export interface SavedFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MD_MIME = 'text/markdown;charset=utf-8';

// ── Minutes ──────────────────────────────────────────────────────────────────────────────────────────

export type { MinutesFormat };
const MINUTES_MIME: Record<MinutesFormat, string> = { md: MD_MIME, json: 'application/json', docx: DOCX_MIME };

export interface MinutesRun extends MinutesResult {
  /** The record as the section Word gets and the preview shows (action items as a table). */
  markdown: string;
}

/** The record as Markdown: what goes into Word, the preview and every file. */
export const minutesMarkdown = (m: Minutes, language: Locale): string => renderMinutesMarkdown(m, language);

/** Notes → a validated minutes record (map-reduce for long notes) → its Markdown. */
export async function writeMinutes(settings: LlmSettings, notes: string, opts: MinutesOptions = {}): Promise<MinutesRun> {
  const r = await generateMinutes(settings, notes, opts);
  return { ...r, markdown: minutesMarkdown(r.minutes, r.language) };
}

/** The record as the user edited it in the pane's form: its problems by field, and the tidied record every output takes. */
export { checkMinutes, editedMinutes, type MinutesProblems } from './minutes-edit';

/** A record saved as .json (before or after place, status and open questions existed), read back without the model. */
export { readSavedMinutes } from './saved-minutes';

/** The record as a .docx (action items as a Word table), .md or .json file. */
export async function minutesDownload(m: Minutes, language: Locale, format: MinutesFormat): Promise<SavedFile> {
  const { minutesFile } = await import('./minutes-output');
  return { bytes: await minutesFile(m, language, format), fileName: `minutes.${format}`, mime: MINUTES_MIME[format] };
}

// ── Draft ────────────────────────────────────────────────────────────────────────────────────────────

export interface DraftRequest {
  template: DraftTemplate;
  /** What the user typed; the template's defaults fill the rest. The brief field must not be empty. */
  fields: Partial<Record<FieldKey, string>>;
  /** The current document or an opened file, as reference material. */
  background?: string;
  /** The draft's language; by default the brief's own (`fallbackLanguage` when unclear). */
  language?: Locale;
  fallbackLanguage?: Locale;
  /** 联网搜索: sources the user kept; the draft cites them as [n] and every citation is checked. */
  sources?: readonly Source[];
}

export interface Draft {
  /** The draft as the model wrote it (citations normalised to [n]). */
  text: string;
  language: Locale;
  /** With sources: the sources as numbered for the model, and what the draft cited. */
  sources?: Source[];
  check?: CitationCheck;
  /** Citations to unknown sources, invented URLs, no citations at all. */
  warnings: Message[];
  usage?: Usage;
}

/** A brief and a template's form (plus optional background and web sources) → a draft, streamed through `onText`. */
export async function writeDraft(settings: LlmSettings, req: DraftRequest, h: { signal?: AbortSignal; onText?: (text: string) => void } = {}): Promise<Draft> {
  const brief = req.fields[req.template.briefField] ?? '';
  const language = req.language ?? detectLocale(brief, req.fallbackLanguage);
  const web = req.sources ? await import('../web') : null;
  const sources = web && req.sources ? web.renumber(req.sources) : undefined;
  const res = await generateDraft(
    settings,
    { template: req.template, fields: fillFields(req.template, language, req.fields), background: req.background, language, sources },
    h,
  );
  if (!web || !sources) return { text: res.text, language, warnings: [], usage: res.usage };
  const text = web.normalizeCitations(res.text);
  const check = web.checkCitations(text, sources);
  return { text, language, sources, check, warnings: web.citationWarnings(check), usage: res.usage };
}

/** The References / 参考资料 section a draft written from sources ends with ('' without sources). */
export async function draftReferences(d: Pick<Draft, 'sources' | 'check' | 'language'>): Promise<string> {
  if (!d.sources || !d.check) return '';
  const web = await import('../web/render-sources');
  return web.referencesMarkdown(web.shownSources(d.sources, d.check), d.language);
}

/** The whole document: the draft, then its references when it was written from sources. */
export async function draftDocument(d: Pick<Draft, 'text' | 'sources' | 'check' | 'language'>): Promise<string> {
  const refs = await draftReferences(d);
  return refs ? `${d.text.trimEnd()}\n\n${refs}` : d.text;
}

/** The document as a .docx (its # heading as the title) or a .md file named `name`. */
export async function draftDownload(markdown: string, format: 'md' | 'docx', name: string): Promise<SavedFile> {
  if (format === 'md') return { bytes: new TextEncoder().encode(markdown.endsWith('\n') ? markdown : `${markdown}\n`), fileName: `${name}.md`, mime: MD_MIME };
  const { markdownToDocx } = await import('./markdown-to-docx');
  return { bytes: await markdownToDocx(markdown, { title: /^#\s+(.+)$/m.exec(markdown)?.[1] }), fileName: `${name}.docx`, mime: DOCX_MIME };
}

// ── Proofreading ─────────────────────────────────────────────────────────────────────────────────────

export interface ProofDocument {
  /** The text suggestions are pinned to: a .docx's paragraphs, or the Markdown's plain text. */
  text: string;
  /** The Markdown as written (corrected in place for .md/.txt), '' for a .docx. */
  markdown: string;
  /** A .docx, corrected in place with tracked changes. */
  docx: Uint8Array | null;
  /** Lines with a place of their own (a .docx's table cells), so each suggestion there says where it is. */
  places?: TextPlace[];
}

/** A .docx (read paragraph by paragraph from its own XML, so corrections go back into it) or Markdown/text. */
export async function proofDocument(input: { markdown: string } | { docx: Uint8Array; name?: string }): Promise<ProofDocument> {
  if ('docx' in input) {
    const { readDocxLines } = await import('./docx-inplace');
    const { text, places } = await readDocxLines(input.docx, input.name);
    if (!text.trim()) throw new EmptyInputError();
    return { text, markdown: '', docx: input.docx, places };
  }
  if (!input.markdown.trim()) throw new EmptyInputError();
  return { text: documentText(input.markdown).text, markdown: input.markdown, docx: null, places: [] };
}

/**
 * The local punctuation check, plus the model's suggestions when `settings` is given, pinned to the text.
 * Table cells are lines of their own, so no suggestion runs from one cell into the next; `places` (a
 * ProofDocument's) name the cell of each suggestion made in one.
 */
export async function checkDocument(
  settings: LlmSettings | null,
  text: string,
  opts: { locale: Locale; signal?: AbortSignal; onProgress?: (done: number, total: number) => void; places?: readonly TextPlace[] },
): Promise<ProofreadResult> {
  const r = await proofreadText(settings, text, opts);
  if (!opts.places?.length) return r;
  const places = opts.places;
  const edits = r.edits.map((e) => {
    const place = places.find((p) => p.start <= e.start && e.end <= p.end);
    return place ? { ...e, where: place.where } : e;
  });
  return { ...r, edits };
}

export interface AppliedSuggestions {
  bytes: Uint8Array;
  /** 'tracked': a .docx whose corrections are Word tracked changes; 'text': the Markdown/text corrected as written. */
  kind: 'tracked' | 'text';
  applied: number;
  /** Suggestions that could not go in (across a paragraph, into Markdown markup), counted. */
  skipped: number;
}

/** The accepted suggestions written into the document: a tracked .docx (the .docx itself in place) or the corrected text. */
export async function applySuggestions(doc: ProofDocument, edits: readonly ProofEdit[], as: 'docx' | 'text'): Promise<AppliedSuggestions> {
  if (as === 'docx') {
    const r = doc.docx
      ? await (await import('./docx-inplace')).applyTrackedChangesInPlace(doc.docx, edits)
      : await (await import('./tracked-docx')).writeTrackedDocx(doc.markdown, edits);
    return { bytes: r.bytes, kind: 'tracked', applied: r.applied, skipped: r.skipped.length };
  }
  // The corrections go into the Markdown (or text) as written: headings, lists, tables and links stay.
  const { applyEditsToMarkdown } = await import('./apply-markdown-edits');
  const fixed = applyEditsToMarkdown(doc.markdown, edits);
  const md = fixed.markdown.endsWith('\n') ? fixed.markdown : `${fixed.markdown}\n`;
  return { bytes: new TextEncoder().encode(md), kind: 'text', applied: fixed.applied, skipped: fixed.skipped };
}

import { needsReloadFor } from '../app/connect-policy';
import { keepJobDraft } from '../app/job-draft';
import type { LlmSettings } from '../../src/llm/settings';

/**
 * Saves the model the setup card set up, and lets the job carry on. A new provider address takes effect
 * only after a reload (the pane's connect-src names the saved provider alone): the job's typed text is
 * kept for it and put back, and the pane reopens on the same job (its panel and part are remembered).
 */
export function saveAndContinue(next: LlmSettings, saveLlm: (s: LlmSettings) => void): void {
  const reload = needsReloadFor(next);
  if (reload) keepJobDraft(document.querySelector('main') ?? document);
  saveLlm(next);
  if (reload) location.reload();
}

// Ribbon function-file commands. They run without the pane, so they must finish by calling event.completed().
import { setSelectedText } from '../src/office/selection';
import { isFormulaLike } from '../src/sheets/formula-guard';
import { loadLastAnswer } from '../taskpane/app/last-answer';

/** Word: the answer as Word's own headings, lists and tables, after the selection (as the pane inserts it). */
async function insertIntoWord(markdown: string): Promise<void> {
  // Loaded on the first click, so the function file itself stays small.
  const [{ insertMarkdownUnit }, { resolveLocale, translate }] = await Promise.all([import('../src/office/word-insert'), import('../src/locales')]);
  const title = translate(resolveLocale(Office.context.displayLanguage), 'word.unit.answer');
  await insertMarkdownUnit(markdown, 'afterSelection', { kind: 'answer', title });
}

/**
 * "Insert last answer": puts the Ask panel's last answer after the selection (Word, never over it), in
 * the selected cell (Excel) or into the selected text (PowerPoint).
 */
export async function insertLastAnswer(event: Office.AddinCommands.Event): Promise<void> {
  const text = loadLastAnswer();
  try {
    // Excel reads a value as typed: an answer starting "=" would become a formula. The apostrophe
    // Excel itself uses for "this is text" keeps it text (and is not shown).
    const excel = Office.context?.host === Office.HostType.Excel;
    if (text && Office.context.host === Office.HostType.Word) await insertIntoWord(text);
    else if (text) await setSelectedText(excel && isFormulaLike(text) ? `'${text}` : text);
  } catch (e) {
    console.error('DeepSeek+ insertLastAnswer:', e instanceof Error ? e.message : e);
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => {
    Office.actions.associate('insertLastAnswer', insertLastAnswer);
  });
}

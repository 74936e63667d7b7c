// Ribbon function-file commands. They run without the pane, so they must finish by calling event.completed().
import { setSelectedText } from '../src/office/selection';
import { loadLastAnswer } from '../taskpane/app/last-answer';

/** "Insert last answer": puts the Ask panel's last answer at the cursor (Word), cell (Excel) or text box (PowerPoint). */
export async function insertLastAnswer(event: Office.AddinCommands.Event): Promise<void> {
  const text = loadLastAnswer();
  try {
    if (text) await setSelectedText(text);
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

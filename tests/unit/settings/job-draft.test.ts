// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { keepJobDraft, peekJobDraft, rememberView, restoreJobDraft } from '../../../taskpane/app/job-draft';

// What the user typed in a job survives the reload that saving a new provider address needs.
function panel(): HTMLElement {
  document.body.innerHTML = `
    <main>
      <section>
        <label for="q">Your question</label><textarea id="q"></textarea>
        <input aria-label="Title" />
        <input type="password" aria-label="Key" />
        <div data-setup-card><input aria-label="Address" /></div>
      </section>
    </main>`;
  return document.querySelector('main')!;
}

beforeEach(() => sessionStorage.clear());

describe('the job draft kept across a reload', () => {
  it('keeps the job’s text fields by their labels, not the setup card’s fields nor passwords', () => {
    const main = panel();
    rememberView('writing', 'minutes');
    (main.querySelector('#q') as HTMLTextAreaElement).value = '周会：上线定在3月15日。';
    (main.querySelector('[aria-label="Title"]') as HTMLInputElement).value = 'Weekly';
    (main.querySelector('[aria-label="Key"]') as HTMLInputElement).value = 'sk-secret';
    (main.querySelector('[aria-label="Address"]') as HTMLInputElement).value = 'http://192.168.1.20:8000/v1';
    keepJobDraft(main);
    expect(peekJobDraft()).toEqual({
      view: 'writing',
      entry: 'minutes',
      fields: [
        { label: 'Your question', value: '周会：上线定在3月15日。' },
        { label: 'Title', value: 'Weekly' },
      ],
    });
    expect(JSON.stringify(sessionStorage)).not.toContain('sk-secret');
  });

  it('nothing typed keeps nothing', () => {
    const main = panel();
    rememberView('ask');
    keepJobDraft(main);
    expect(peekJobDraft()).toBeNull();
  });

  it('is put back into the same job once its fields are drawn, and then forgotten', async () => {
    rememberView('ask');
    sessionStorage.setItem('dsplus.jobDraft', JSON.stringify({ view: 'ask', fields: [{ label: 'Your question', value: 'hello local' }] }));
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main')!;
    restoreJobDraft('ask', main);
    // The panel loads lazily: its fields arrive later.
    expect(peekJobDraft()).not.toBeNull();
    main.innerHTML = '<label for="q">Your question</label><textarea id="q"></textarea>';
    await new Promise((r) => setTimeout(r, 0));
    expect(main.querySelector('textarea')!.value).toBe('hello local');
    expect(peekJobDraft()).toBeNull();
  });

  it('another view leaves the draft for its own job', () => {
    sessionStorage.setItem('dsplus.jobDraft', JSON.stringify({ view: 'writing', fields: [{ label: 'Text', value: 'x' }] }));
    document.body.innerHTML = '<main><textarea aria-label="Text"></textarea></main>';
    restoreJobDraft('ask', document.querySelector('main')!);
    expect(document.querySelector('textarea')!.value).toBe('');
    expect(peekJobDraft()?.view).toBe('writing');
  });
});

// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepJobDraft, peekJobDraft, rememberView, restoreJobDraft } from '../../../taskpane/app/job-draft';

// What the user typed and chose in a job survives the reload that saving a new provider address needs.
// The DOM below has the shapes Fluent UI renders: a Switch is an input type=checkbox role=switch, a
// RadioGroup a role=radiogroup labelled by its Field, a Select a native <select>, a Dropdown a button.
const FORM = `
  <section>
    <label for="q">Your question</label><textarea id="q"></textarea>
    <input aria-label="Title" />
    <label for="n1">Note</label><input id="n1" />
    <label for="n2">Note</label><input id="n2" />
    <input data-draft="budget" aria-label="Note" />
    <input id="deep" type="checkbox" role="switch" /><label for="deep">Deep thinking</label>
    <input id="notes" type="checkbox" checked /><label for="notes">Write speaker notes</label>
    <span id="from">Start from</span>
    <div role="radiogroup" aria-labelledby="from">
      <input type="radio" name="gen-1" value="topic" checked /><input type="radio" name="gen-1" value="document" />
    </div>
    <label for="lang">Language</label>
    <select id="lang"><option value="auto" selected>Auto</option><option value="en">English</option></select>
    <input type="password" aria-label="Key" />
    <div data-setup-card><input aria-label="Address" /></div>
    <div data-draft-skip><input aria-label="Bullet 1, level 1" /></div>
  </section>`;

function panel(): HTMLElement {
  document.body.innerHTML = `<main>${FORM}</main>`;
  return document.querySelector('main')!;
}

const $ = <T extends Element>(root: ParentNode, sel: string) => root.querySelector(sel) as unknown as T;
/** Controls are put back one at a time (each given a moment to be drawn): wait until the draft is used up. */
const settled = () => vi.waitFor(() => expect(peekJobDraft()).toBeNull());

beforeEach(() => sessionStorage.clear());

describe('the job draft kept across a reload', () => {
  it('keeps text, switches, checkboxes, the radio choice and the select by stable keys; never the setup card, boxes marked data-draft-skip nor passwords', () => {
    const main = panel();
    rememberView('slides');
    $<HTMLTextAreaElement>(main, '#q').value = '周会：上线定在3月15日。';
    $<HTMLInputElement>(main, '#n1').value = 'first note';
    $<HTMLInputElement>(main, '#n2').value = 'second note';
    $<HTMLInputElement>(main, '[data-draft="budget"]').value = '12 000';
    $<HTMLInputElement>(main, '#deep').checked = true;
    $<HTMLInputElement>(main, '#notes').checked = false;
    $<HTMLInputElement>(main, 'input[value="document"]').checked = true;
    $<HTMLSelectElement>(main, '#lang').value = 'en';
    $<HTMLInputElement>(main, '[aria-label="Key"]').value = 'sk-secret';
    $<HTMLInputElement>(main, '[aria-label="Address"]').value = 'http://192.168.1.20:8000/v1';
    // The slide cards' boxes are drawn from the outline text the draft already keeps.
    $<HTMLInputElement>(main, '[aria-label="Bullet 1, level 1"]').value = 'Up 12%';
    keepJobDraft(main);
    expect(peekJobDraft()).toEqual({
      view: 'slides',
      at: expect.any(Number),
      fields: [
        { key: 'text:Your question', value: '周会：上线定在3月15日。' },
        // Two fields labelled "Note": two entries, in page order; a panel's data-draft key wins over the label.
        { key: 'text:Note', value: 'first note' },
        { key: 'text:Note#2', value: 'second note' },
        { key: 'text:budget', value: '12 000' },
        { key: 'check:Deep thinking', value: true },
        { key: 'check:Write speaker notes', value: false },
        { key: 'radio:Start from', value: 'document' },
        { key: 'choice:Language', value: 'en' },
      ],
    });
    expect(JSON.stringify(sessionStorage)).not.toContain('sk-secret');
    expect(JSON.stringify(sessionStorage)).not.toContain('192.168.1.20');
  });

  it('nothing typed or changed keeps nothing', () => {
    const main = panel();
    rememberView('ask');
    keepJobDraft(main);
    expect(peekJobDraft()).toBeNull();
  });

  it('a switch turned on alone is a change worth keeping', () => {
    const main = panel();
    rememberView('slides');
    $<HTMLInputElement>(main, '#deep').checked = true;
    keepJobDraft(main);
    expect(peekJobDraft()?.fields).toContainEqual({ key: 'check:Deep thinking', value: true });
  });

  it('puts everything back into the same controls once they are drawn, each of two same-labelled fields its own, then forgets it', async () => {
    const main = panel();
    rememberView('slides');
    $<HTMLInputElement>(main, '#n1').value = 'first note';
    $<HTMLInputElement>(main, '#n2').value = 'second note';
    $<HTMLInputElement>(main, '#deep').checked = true;
    $<HTMLInputElement>(main, '#notes').checked = false;
    $<HTMLInputElement>(main, 'input[value="document"]').checked = true;
    $<HTMLSelectElement>(main, '#lang').value = 'en';
    keepJobDraft(main);

    // The reload: an empty main, the panel drawn later (panels load lazily).
    document.body.innerHTML = '<main></main>';
    const fresh = document.querySelector('main')!;
    const events: string[] = [];
    fresh.addEventListener('input', (e) => events.push(`input ${(e.target as HTMLElement).id}`));
    fresh.addEventListener('change', (e) => events.push(`change ${(e.target as HTMLElement).id || (e.target as HTMLInputElement).value}`));
    restoreJobDraft('slides', fresh);
    expect(peekJobDraft()).not.toBeNull();
    fresh.innerHTML = FORM;
    await settled();
    expect($<HTMLInputElement>(fresh, '#n1').value).toBe('first note');
    expect($<HTMLInputElement>(fresh, '#n2').value).toBe('second note');
    expect($<HTMLInputElement>(fresh, '#deep').checked).toBe(true);
    expect($<HTMLInputElement>(fresh, '#notes').checked).toBe(false);
    expect($<HTMLInputElement>(fresh, 'input[value="document"]').checked).toBe(true);
    expect($<HTMLSelectElement>(fresh, '#lang').value).toBe('en');
    // React hears about each one: input events for text, clicks (change) for checks and radios, change for the select.
    expect(events).toEqual(expect.arrayContaining(['input n1', 'input n2', 'change deep', 'change notes', 'change document', 'change lang']));
    expect(peekJobDraft()).toBeNull();
  });

  it('a control disabled after the reload keeps what the pane says (a deep switch with no deep model stays off)', async () => {
    sessionStorage.setItem('dsplus.jobDraft', JSON.stringify({ view: 'slides', fields: [{ key: 'check:Deep thinking', value: true }] }));
    document.body.innerHTML = '<main><input id="deep" type="checkbox" role="switch" disabled /><label for="deep">Deep thinking</label></main>';
    restoreJobDraft('slides', document.querySelector('main')!);
    await settled();
    expect($<HTMLInputElement>(document, '#deep').checked).toBe(false);
    expect(peekJobDraft()).toBeNull();
  });

  it('text already in a field is left as it is', async () => {
    sessionStorage.setItem('dsplus.jobDraft', JSON.stringify({ view: 'ask', fields: [{ key: 'text:Your question', value: 'old' }] }));
    document.body.innerHTML = '<main><textarea aria-label="Your question">typed since</textarea></main>';
    restoreJobDraft('ask', document.querySelector('main')!);
    await settled();
    expect(document.querySelector('textarea')!.value).toBe('typed since');
  });

  it('a Fluent Dropdown is kept by its shown choice and picked again from its list', async () => {
    const dropdown = `
      <span id="tone-l">Tone</span>
      <button role="combobox" aria-labelledby="tone-l" aria-controls="tone-list">Formal</button>
      <div id="tone-list"></div>`;
    document.body.innerHTML = `<main>${dropdown.replace('>Formal<', '>Friendly<')}<input aria-label="Title" value="x" /></main>`;
    rememberView('writing');
    keepJobDraft(document.querySelector('main')!);
    expect(peekJobDraft()?.fields).toContainEqual({ key: 'choice:Tone', value: 'Friendly' });

    document.body.innerHTML = `<main>${dropdown}</main>`;
    const button = $<HTMLButtonElement>(document, 'button');
    const list = $<HTMLElement>(document, '#tone-list');
    // Opening draws the options; picking one shows it on the button.
    button.addEventListener('click', () => {
      list.innerHTML = '<div role="option">Formal</div><div role="option">Friendly</div>';
      for (const o of list.querySelectorAll<HTMLElement>('[role="option"]')) o.addEventListener('click', () => (button.textContent = o.textContent));
    });
    restoreJobDraft('writing', document.querySelector('main')!);
    await vi.waitFor(() => expect(button.textContent).toBe('Friendly'));
  });

  it('a choice that redraws the fields under it is put back first, and its new fields then get their text', async () => {
    sessionStorage.setItem(
      'dsplus.jobDraft',
      JSON.stringify({
        view: 'writing',
        fields: [
          { key: 'choice:Template', value: 'report' },
          { key: 'text:draft.task', value: 'Q3 sales' },
        ],
      }),
    );
    document.body.innerHTML = `<main><label for="tpl">Template</label>
      <select id="tpl"><option value="memo" selected>Memo</option><option value="report">Report</option></select>
      <div id="fields"><textarea data-draft="draft.task" aria-label="Task"></textarea></div></main>`;
    // As React does with a key per template: a new template draws new fields in place of the old ones.
    $<HTMLSelectElement>(document, '#tpl').addEventListener('change', () => {
      $<HTMLElement>(document, '#fields').innerHTML =
        '<textarea data-draft="draft.task" aria-label="Task: what to write"></textarea><textarea aria-label="Tone"></textarea>';
    });
    restoreJobDraft('writing', document.querySelector('main')!);
    await settled();
    expect($<HTMLSelectElement>(document, '#tpl').value).toBe('report');
    expect($<HTMLTextAreaElement>(document, '[data-draft="draft.task"]').value).toBe('Q3 sales');
    expect($<HTMLTextAreaElement>(document, '[data-draft="draft.task"]').getAttribute('aria-label')).toBe('Task: what to write');
  });

  it('stopped from outside part-way (the pane redrew), the next call puts back the rest; an old draft is dropped', async () => {
    sessionStorage.setItem(
      'dsplus.jobDraft',
      JSON.stringify({
        view: 'ask',
        at: Date.now(),
        fields: [
          { key: 'text:A', value: 'one' },
          { key: 'text:B', value: 'two' },
        ],
      }),
    );
    document.body.innerHTML = '<main><input aria-label="A" /><input aria-label="B" /></main>';
    const main = document.querySelector('main')!;
    const cancel = restoreJobDraft('ask', main);
    cancel();
    expect($<HTMLInputElement>(main, '[aria-label="A"]').value).toBe('one');
    expect($<HTMLInputElement>(main, '[aria-label="B"]').value).toBe('');
    restoreJobDraft('ask', main);
    await settled();
    expect($<HTMLInputElement>(main, '[aria-label="A"]').value).toBe('one');
    expect($<HTMLInputElement>(main, '[aria-label="B"]').value).toBe('two');

    sessionStorage.setItem('dsplus.jobDraft', JSON.stringify({ view: 'ask', at: Date.now() - 10 * 60_000, fields: [{ key: 'text:C', value: 'stale' }] }));
    document.body.innerHTML = '<main><input aria-label="C" /></main>';
    restoreJobDraft('ask', document.querySelector('main')!);
    expect($<HTMLInputElement>(document, '[aria-label="C"]').value).toBe('');
    expect(peekJobDraft()).toBeNull();
  });

  it('another view leaves the draft for its own job', () => {
    sessionStorage.setItem('dsplus.jobDraft', JSON.stringify({ view: 'writing', fields: [{ key: 'text:Text', value: 'x' }] }));
    document.body.innerHTML = '<main><textarea aria-label="Text"></textarea></main>';
    restoreJobDraft('ask', document.querySelector('main')!);
    expect(document.querySelector('textarea')!.value).toBe('');
    expect(peekJobDraft()?.view).toBe('writing');
  });
});

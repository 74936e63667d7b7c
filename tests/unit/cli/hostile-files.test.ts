import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { lyingZip, makeZip, zipBomb } from '../files/zip-fixtures';

// The done-when of the trust issue: `dsplus` refuses or survives every hostile file within 30 s and 600 MB,
// with one sentence and no stack; nothing is written and no input changes. Each run reports its own peak
// memory (process.resourceUsage, through a preloaded script) and wall time; the table is printed at the end.

const BIN = resolve(__dirname, '../../../bin/dsplus.js');
const LIMIT_MS = 30_000;
const LIMIT_RSS_MB = 600;
const dir = mkdtempSync(join(tmpdir(), 'dsplus-hostile-'));
const rssFile = join(dir, '.rss');
const preload = join(dir, '.report-rss.cjs');
writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);

interface Run {
  status: number | null;
  stderr: string;
  ms: number;
  rssMb: number;
}

function dsplus(args: string[], cwd = dir): Promise<Run> {
  return new Promise((done) => {
    const start = Date.now();
    writeFileSync(rssFile, '0');
    const child = spawn(process.execPath, ['--require', preload, BIN, ...args], {
      cwd,
      env: {
        ...process.env,
        DSPLUS_CONFIG: '/nonexistent/dsplus.json',
        DSPLUS_LANG: 'en-US',
        NO_COLOR: '1',
        DSPLUS_PROVIDER: 'deepseek',
        DSPLUS_API_KEY: 'sk-mock',
        DSPLUS_BASE_URL: 'http://127.0.0.1:9',
      },
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS + 5_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr, ms: Date.now() - start, rssMb: Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024) });
    });
  });
}

const figures: string[] = [];
afterAll(() => {
  console.log(`\nhostile files: wall time and peak RSS of each dsplus run (limits ${LIMIT_MS / 1000} s, ${LIMIT_RSS_MB} MB)\n${figures.join('\n')}`);
});

/** Refused: exit 1, one `dsplus:` sentence and nothing else, no stack, in time and memory. */
function refused(name: string, r: Run, sentence: RegExp): void {
  figures.push(`  ${name.padEnd(44)} ${String(r.ms).padStart(6)} ms ${String(r.rssMb).padStart(5)} MB  exit ${r.status}`);
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^dsplus: /);
  expect(r.stderr).toMatch(sentence);
  expect(r.stderr).not.toMatch(/^\s+at |Something went wrong/m);
  expect(r.ms).toBeLessThan(LIMIT_MS);
  expect(r.rssMb).toBeLessThan(LIMIT_RSS_MB);
}

/** The folder holds exactly what it held, byte for byte. */
function snapshot(): () => void {
  // Regular files only: reading the pipes or the /dev/zero link would never end.
  const read = () =>
    Object.fromEntries(
      readdirSync(dir)
        .filter((n) => !n.startsWith('.') && lstatSync(join(dir, n)).isFile())
        .map((n) => [n, readFileSync(join(dir, n)).toString('base64')]),
    );
  const before = read();
  return () => expect(read()).toEqual(before);
}

/** A minimal Word document whose body is `n` tables nested in each other. */
function nestedDocx(n: number): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  const body = `${'<w:tbl><w:tr><w:tc>'.repeat(n)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(n)}`;
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      name: 'word/document.xml',
      data: enc(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
  ]);
}

const deepList = (n: number) => `# Root\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;

describe('dsplus on hostile files', { timeout: 120_000 }, () => {
  writeFileSync(join(dir, 'bomb.docx'), zipBomb('word/document.xml', 1000));
  writeFileSync(join(dir, 'bomb.xlsx'), zipBomb('xl/worksheets/sheet1.xml', 1000));
  writeFileSync(join(dir, 'bomb.xmind'), zipBomb('content.json', 1000));
  writeFileSync(join(dir, 'liar.xlsx'), lyingZip('xl/workbook.xml', 300));
  writeFileSync(join(dir, 'deep.md'), deepList(3000));
  writeFileSync(join(dir, 'nested.docx'), nestedDocx(20_000));
  writeFileSync(join(dir, 'deep.opml'), `<opml version="2.0"><body>${'<outline text="x">'.repeat(100_000)}${'</outline>'.repeat(100_000)}</body></opml>`);
  writeFileSync(
    join(dir, 'deep.xmind'),
    makeZip([
      {
        name: 'content.json',
        data: new TextEncoder().encode(`[{"rootTopic":${'{"title":"x","children":{"attached":['.repeat(100_000)}{"title":"leaf"}${']}}'.repeat(100_000)}}]`),
      },
    ]),
  );
  writeFileSync(join(dir, 'wide.md'), `# Wide\n${Array.from({ length: 30_000 }, (_, i) => `- topic ${i}`).join('\n')}\n`);
  writeFileSync(join(dir, 'plan.json'), `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'mixed.csv'), Buffer.concat([Buffer.from('地区,金额\n华东,100\n'), iconv.encode('华南,200\n', 'gbk')]));
  writeFileSync(join(dir, 'trim.json'), '{"steps":[{"op":"trim","columns":["*"]}]}');
  writeFileSync(join(dir, 'talk.md'), '# Talk\n\n## Zero\n\n![z](zero.png)\n\n## Pipe\n\n![p](pipe.png)\n');
  symlinkSync('/dev/zero', join(dir, 'zero.png'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
  execFileSync('mkfifo', [join(dir, 'pipe.png')]);

  const cases: [string, string[], RegExp][] = [
    ['1 GB zip bomb as .docx (minutes)', ['minutes', 'bomb.docx', '-o', 'm.md'], /bomb\.docx would unpack to 1000 MB; the limit is 200 MB/],
    ['1 GB zip bomb as .docx (mindmap)', ['mindmap', 'bomb.docx', '-o', 'm.xmind'], /bomb\.docx would unpack to 1000 MB/],
    ['1 GB zip bomb as .xlsx (profile)', ['profile', 'bomb.xlsx'], /bomb\.xlsx would unpack to 1000 MB/],
    ['1 GB zip bomb as .xmind (mindmap)', ['mindmap', 'bomb.xmind', '-o', 'm.svg'], /bomb\.xmind would unpack to 1000 MB/],
    ['.xlsx whose entry lies about its size', ['clean', 'liar.xlsx', '--plan', 'trim.json', '-o', 'out.csv'], /liar\.xlsx is damaged or crafted/],
    ['/dev/zero as the input', ['mindmap', '/dev/zero', '-o', 'm.xmind'], /\/dev\/zero is not a regular file/],
    ['a named pipe as the input', ['slides', 'pipe.md', '-o', 'd.pptx'], /pipe\.md is not a regular file/],
    ['a list nested 3,000 levels (mindmap)', ['mindmap', 'deep.md', '-o', 'm.xmind'], /nested more than 40 levels deep/],
    ['a list nested 3,000 levels (slides)', ['slides', 'deep.md', '-o', 'd.pptx'], /The outline is nested more than 40 levels deep/],
    ['.docx with tables nested 20,000 deep', ['mindmap', 'nested.docx', '-o', 'm.md'], /nested\.docx is nested too deeply to read/],
    ['OPML nested 100,000 levels', ['mindmap', 'deep.opml', '-o', 'm.md'], /The map is nested more than 40 levels deep/],
    ['.xmind nested 100,000 levels', ['mindmap', 'deep.xmind', '-o', 'm.md'], /The map is nested more than 40 levels deep/],
    ['a 30,001-topic map as .svg', ['mindmap', 'wide.md', '-o', 'm.svg'], /The map has 30001 topics; pictures .* at most 20000/],
    ['a plan nested 1,000,000 levels', ['clean', 'data.csv', '--plan', 'plan.json', '-o', 'out.csv'], /The cleaning plan is not valid/],
  ];
  for (const [name, args, sentence] of cases) {
    it(`${name}: refused with one sentence, nothing written`, async () => {
      const unchanged = snapshot();
      refused(name, await dsplus(args), sentence);
      unchanged();
    });
  }

  it('pictures that are /dev/zero (through a symlink) or a pipe: the deck is made with a labelled frame and a sentence for each', async () => {
    const r = await dsplus(['slides', 'talk.md', '-o', 'talk.pptx']);
    figures.push(`  ${'pictures: /dev/zero symlink and a pipe'.padEnd(44)} ${String(r.ms).padStart(6)} ms ${String(r.rssMb).padStart(5)} MB  exit ${r.status}`);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('The picture zero.png is outside the folder');
    expect(r.stderr).toContain('The picture pipe.png is not a regular file');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.rssMb).toBeLessThan(LIMIT_RSS_MB);
  });

  it('a CSV mixing UTF-8 and GBK: each row read in its own encoding with a warning, never mojibake', async () => {
    const r = await dsplus(['clean', 'mixed.csv', '--plan', 'trim.json', '-o', 'mixed-clean.csv']);
    figures.push(`  ${'CSV mixing UTF-8 and GBK'.padEnd(44)} ${String(r.ms).padStart(6)} ms ${String(r.rssMb).padStart(5)} MB  exit ${r.status}`);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('The file mixes two encodings: 1 lines (3) are GBK');
    expect(readFileSync(join(dir, 'mixed-clean.csv'), 'utf8')).toBe('\uFEFF地区,金额\r\n华东,100\r\n华南,200');
  });
});

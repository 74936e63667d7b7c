import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeAtomic, type AtomicFs } from '../../../src/files/write-atomic-node';
import { writeFilesChecked } from '../../../src/cli/io';

const BIN = resolve(__dirname, '../../../bin/dsplus.js');

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'dsplus-atomic-'));
}

/** The real file system, except that writing stops with `code` after `okBytes` bytes (a full disk). */
function failingFs(code: string, okBytes: number): AtomicFs {
  return {
    ...fsp,
    open: (async (path: string, flags: number, mode?: number) => {
      const h = await fsp.open(path, flags, mode);
      let written = 0;
      const write = h.write.bind(h) as (b: Uint8Array, o: number, l: number) => Promise<{ bytesWritten: number }>;
      return Object.assign(h, {
        write: async (b: Uint8Array, o: number, l: number) => {
          if (written + l > okBytes) {
            const part = Math.max(0, okBytes - written);
            if (part) await write(b, o, part);
            written += part;
            throw Object.assign(new Error(`${code}: no space left`), { code });
          }
          written += l;
          return write(b, o, l);
        },
      });
    }) as unknown as AtomicFs['open'],
  } as AtomicFs;
}

describe('writes are whole or not at all', () => {
  it('a write that fails halfway (a full disk) leaves the previous file byte-identical and no temporary file', async () => {
    const d = dir();
    const target = join(d, 'deck.pptx');
    const before = Buffer.from('previous deck '.repeat(10_000));
    writeFileSync(target, before);
    await expect(writeAtomic(target, new Uint8Array(500_000).fill(7), failingFs('ENOSPC', 100_000))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(d)).toEqual(['deck.pptx']);
  });

  it('a new file that cannot be written leaves nothing behind', async () => {
    const d = dir();
    await expect(writeAtomic(join(d, 'new.md'), 'x'.repeat(10_000), failingFs('EFBIG', 10))).rejects.toMatchObject({ code: 'EFBIG' });
    expect(readdirSync(d)).toEqual([]);
  });

  it('writes through a symlink to the file it points at, and keeps that file’s permissions', async () => {
    const d = dir();
    writeFileSync(join(d, 'real.md'), 'old');
    chmodSync(join(d, 'real.md'), 0o600);
    symlinkSync(join(d, 'real.md'), join(d, 'link.md'));
    await writeAtomic(join(d, 'link.md'), 'new');
    expect(readFileSync(join(d, 'real.md'), 'utf8')).toBe('new');
    expect(statSync(join(d, 'real.md')).mode & 0o777).toBe(0o600);
    expect((await fsp.lstat(join(d, 'link.md'))).isSymbolicLink()).toBe(true);
  });

  it('a run’s files are written together: when the second cannot be, the first is not either', async () => {
    const d = dir();
    writeFileSync(join(d, 'deck.pptx'), 'old deck');
    await expect(
      writeFilesChecked([
        { path: join(d, 'deck.pptx'), bytes: 'new deck' },
        { path: join(d, 'missing', 'deck.outline.md'), bytes: 'outline' },
      ]),
    ).rejects.toMatchObject({ key: 'files.error.noFolder' });
    expect(readFileSync(join(d, 'deck.pptx'), 'utf8')).toBe('old deck');
    expect(readdirSync(d)).toEqual(['deck.pptx']);
  });
});

/** An outline whose deck is about 1 MB: a picture of random pixels (stored, not compressible). */
function bigOutline(d: string, title: string): string {
  const w = 500;
  const raw = randomBytes((w * 3 + 1) * w);
  for (let y = 0; y < w; y++) raw[y * (w * 3 + 1)] = 0;
  const crc = (b: Buffer) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(w, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  // Random pixels, stored: a valid PNG that no compressor shrinks.
  const z = deflateSync(raw, { level: 0 });
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', z),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(join(d, 'pic.png'), png);
  const md = join(d, `${title}.md`);
  writeFileSync(md, `# ${title}\n\n## Picture\n\n![p](pic.png)\n\n## More\n- a point\n`);
  return md;
}

function run(cmd: string, args: string[], cwd: string): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, DSPLUS_CONFIG: '/nonexistent/dsplus.json', DSPLUS_LANG: 'en-US', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (status, signal) => done({ status, signal, stderr }));
  });
}

describe('dsplus under a real file-size limit and a kill', () => {
  it('`ulimit -f` smaller than the new deck: exit 1 with the reason, the old deck byte-identical, no temporary file', { timeout: 60_000 }, async () => {
    const d = dir();
    await run(process.execPath, [BIN, 'slides', bigOutline(d, 'first'), '-o', join(d, 'deck.pptx')], d);
    const before = readFileSync(join(d, 'deck.pptx'));
    expect(before.length).toBeGreaterThan(500_000);
    const second = bigOutline(d, 'second');
    // 200 blocks of 1 KiB: the deck (about 1 MB) cannot be written in full.
    const r = await run('bash', ['-c', `ulimit -f 200 && exec "${process.execPath}" "${BIN}" slides "${second}" -o "${join(d, 'deck.pptx')}"`], d);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^dsplus: Could not write .*deck\.pptx: the file would be larger than this system allows \(a file-size limit, ulimit -f\)\. The file that was there is unchanged\.\n$/,
    );
    expect(readFileSync(join(d, 'deck.pptx')).equals(before)).toBe(true);
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('`kill -9` at any moment leaves either the old deck or the whole new one, never a part', { timeout: 120_000 }, async () => {
    const d = dir();
    await run(process.execPath, [BIN, 'slides', bigOutline(d, 'first'), '-o', join(d, 'deck.pptx')], d);
    const before = readFileSync(join(d, 'deck.pptx'));
    const second = bigOutline(d, 'second');
    for (const ms of [300, 700, 1100, 1500, 1900]) {
      const child = spawn(process.execPath, [BIN, 'slides', second, '-o', join(d, 'deck.pptx')], {
        cwd: d,
        env: { ...process.env, DSPLUS_CONFIG: '/nonexistent/dsplus.json' },
      });
      // Listen from the start: on a quiet machine the run may end before the kill.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, ms));
      child.kill('SIGKILL');
      await closed;
      const now = readFileSync(join(d, 'deck.pptx'));
      if (!now.equals(before)) {
        // The new deck, complete: a zip whose end record is there.
        expect(now.subarray(now.length - 22, now.length - 18).toString('hex')).toBe('504b0506');
      }
    }
  });
});

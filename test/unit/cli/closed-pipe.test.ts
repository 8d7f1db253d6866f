// `soi-so-extract … | head -1`: the reader closing the pipe early ends the run quietly, with no stack trace on stderr.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'soi-so-pipe-'));
const article = join(dir, 'bai.txt');
writeFileSync(article, 'Năm 2023, huyện Đức Hòa thu ngân sách đạt 1.400 tỉ đồng, tăng 30,43% so với năm 2022.\n'.repeat(40));

describe('soi-so-extract into a pipe closed early', () => {
  it('stops without an error when the reader has read enough', async () => {
    const child = spawn(process.execPath, ['bin/soi-so-extract.mjs', ...Array<string>(300).fill(article)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += String(d); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 20_000);
});

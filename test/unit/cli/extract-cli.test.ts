// The CLI as a researcher uses it: files in, one figure per line out, clear errors for bad files, the rest still done.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } });
  return Object.assign(w, { text: () => chunks.join('') });
}

async function run(args: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(args, out, err);
  return { code, out: out.text(), err: err.text() };
}

const dir = mkdtempSync(join(tmpdir(), 'soi-so-cli-'));
const article = join(dir, 'bai-viet.txt');
writeFileSync(article, 'Năm 2023, huyện Đức Hòa thu ngân sách đạt 1.400 tỉ đồng, tăng 30,43% so với năm 2022.\n');
const page = join(dir, 'trang.html');
writeFileSync(page, `<!doctype html><html><head><meta property="article:published_time" content="2024-01-31T10:33:00+07:00">
<title>TX. Cai Lậy</title></head><body><nav><a href="/">Trang chủ</a> <span>Hotline 0273 3872 123</span> 50% giảm giá</nav>
<article><h1>TX. Cai Lậy vượt chỉ tiêu thu ngân sách</h1><div class="article-body"><p>Năm 2023, tỷ lệ hộ nghèo của thị xã
giảm còn <b>0,69</b>%.</p><p>Thu ngân sách đạt 126,82% chỉ tiêu Nghị quyết.</p></div></article>
<footer>Lượt xem: 1.234 · 2024 Báo Ấp Bắc · 30% khuyến mãi</footer></body></html>`);
// Saved from a provincial paper (its canonical link says which): the page names no place of its own.
const provincial = join(dir, 'cong-an.html');
writeFileSync(provincial, `<!doctype html><html><head><link rel="canonical" href="https://baolamdong.vn/phapluat/202310/an-ninh.html">
<meta property="article:published_time" content="2023-10-12T08:00:00+07:00"></head><body><article><h1>Tỷ lệ điều tra khám phá án đạt 95%</h1>
<div class="article-body"><p>Trong quý III năm 2023, tỷ lệ điều tra, khám phá án chung đạt 95%, vượt 20% chỉ tiêu giao.</p></div></article></body></html>`);
const latin1 = join(dir, 'cu.txt');
writeFileSync(latin1, Buffer.from([0x54, 0x68, 0x75, 0x20, 0xe9, 0x20, 0x31, 0x30, 0x25, 0x0a]));

describe('soi-so-extract', () => {
  it('prints one JSON object per figure with the file, as the scorer reads it', async () => {
    const { code, out } = await run(['--format', 'jsonl', article]);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.text)).toEqual(['1.400 tỉ đồng', '30,43%']);
    expect(rows[0]).toMatchObject({ file: article, kind: 'level', value: 1.4e12, unit: 'VND', indicator: 'budget_revenue', locality: 'huyện Đức Hòa', period: '2023' });
    expect(rows[1]).toMatchObject({ kind: 'change', direction: 'up', base: '2022' });
  });

  it('reads the article of an HTML page and nothing from its menu or footer', async () => {
    const { code, out } = await run([page]);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.text)).toEqual(['0,69%', '126,82%']);
    expect(rows[0]).toMatchObject({ locality: 'thị xã Cai Lậy', period: '2023', direction: 'down' });
  });

  it("gives a provincial paper's saved page that names no place the paper's province, as the extension does", async () => {
    const { code, out } = await run([provincial]);
    expect(code).toBe(0);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.locality).toBe('tỉnh Lâm Đồng');
  });

  it('writes CSV with one header row for all files', async () => {
    const { code, out } = await run(['--format', 'csv', article, article]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('file,start,end,text,kind,value,of,high,unit,indicator,locality,period,modality,direction,base,status,bound');
    expect(lines).toHaveLength(5);
  });

  it('says which file is not UTF-8, exits non-zero, and still processes the others', async () => {
    const { code, out, err } = await run([latin1, article, join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(err).toContain(`${latin1}: not UTF-8`);
    expect(err).toContain('missing.txt: no such file');
    expect(err.trim().split('\n')).toHaveLength(2);
    expect(out).toContain('1.400 tỉ đồng');
  });

  it('refuses an unknown format with the usage line', async () => {
    const { code, err } = await run(['--format', 'xml', article]);
    expect(code).toBe(2);
    expect(err).toMatch(/--format takes one of jsonl, csv, table/);
  });
});

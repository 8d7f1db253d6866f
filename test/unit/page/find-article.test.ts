// Runs in Node with a happy-dom Window, as the CLI does on saved pages (happy-dom's DOMParser documents give
// broken Ranges, so pages are loaded with document.write into a Window).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { findArticle } from '../../../src/page/find-article.ts';
import { rangeFor } from '../../../src/page/page-text.ts';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/sites', name), 'utf8');
const parse = (html: string, url = 'https://example.vn/'): Document => {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
};

// Strings that appear only in the furniture around each article (menus, related lists, comments, ads, footers).
const FURNITURE = ['Top 10', 'Tin liên quan', 'Bình luận', 'lãi chỉ 5%', 'Lượt truy cập', 'Giảm giá 50%', 'Đọc nhiều', 'Hotline'];

const cases = [
  { file: 'baodongkhoi.html', url: 'https://baodongkhoi.vn/tao-buoc-dot-pha-11122023-a123.html', adapter: 'baodongkhoi', site: 'Báo Đồng Khởi', published: '2023-12-11', inBody: '34/43 chỉ tiêu đạt và vượt', notInBody: ['Năm 2022 thu ngân sách tăng 18,6%', 'Chia sẻ 25', 'Lượt xem'] },
  { file: 'baoapbac.html', url: 'https://baoapbac.vn/chinh-tri/202401/dang-bo-tx-cai-lay-1000000/', adapter: 'baoapbac', site: 'Báo Ấp Bắc', published: '2024-01-31', inBody: 'đạt 126,82% chỉ tiêu', notInBody: ['lãi suất 7,5%', 'GRDP tăng 9,1%', '#tăng 5%'] },
  { file: 'baolongan.html', url: 'https://baolongan.vn/long-an-kinh-te-6-thang-a180000.html', adapter: 'baolongan', site: 'Báo Long An', published: '2024-07-10', inBody: 'tăng 9,6%', notInBody: ['Khuyến mãi 30%', 'Bến Lức', 'Giá xăng'] },
  { file: 'vnexpress.html', url: 'https://vnexpress.net/gdp-quy-iii-tang-7-4-4800000.html', adapter: 'vnexpress', site: 'VnExpress', published: '2024-10-06', inBody: 'GDP 9 tháng tăng 6,82%', notInBody: ['GDP quý II tăng 6,93%', 'tăng trưởng 7%', 'CPI tăng 0,4%'] },
  { file: 'bentre-gov.html', url: 'https://www.bentre.gov.vn/Lists/TinTuc/DispForm.aspx?ID=1', adapter: 'bentre-gov', site: 'Cổng thông tin điện tử tỉnh Bến Tre', published: '2023-06-17', inBody: '12/17 xã đạt chuẩn', notInBody: ['Đánh giá: 4,5/5', 'tăng 10%', 'Dân số'] },
  { file: 'generic.html', url: 'https://tin.example-tinh.vn/chau-thanh.html', adapter: 'generic', site: 'tin.example-tinh.vn', published: '2024-03-05', inBody: 'tăng 9,5% so với năm 2022', notInBody: [] },
];

describe('findArticle on fixture pages', () => {
  it.each(cases)('$file: finds headline, date, site and only the article text', (c) => {
    const doc = parse(fixture(c.file));
    const found = findArticle(doc, c.url);
    expect(found).toBeDefined();
    expect(found!.adapter).toBe(c.adapter);
    expect(found!.site).toBe(c.site);
    expect(found!.published).toBe(c.published);
    expect(found!.headline).toBe(doc.querySelector('h1')!.textContent!.trim());
    const text = found!.article.text;
    expect(text.startsWith(found!.headline!)).toBe(true);
    expect(text).toContain(c.inBody);
    for (const s of [...FURNITURE, ...c.notInBody]) expect(text).not.toContain(s);
  });

  it('reads a figure split across <b> as one run and maps it back to a range over both nodes', () => {
    const found = findArticle(parse(fixture('baodongkhoi.html')), 'https://baodongkhoi.vn/a.html')!;
    const { text } = found.article;
    const start = text.indexOf('1.400 tỉ đồng');
    expect(start).toBeGreaterThan(0);
    const range = rangeFor(found.article, start, start + '1.400 tỉ đồng'.length, found.body.ownerDocument)!;
    expect(range.toString()).toBe('1.400 tỉ đồng');
    expect(range.startContainer).not.toBe(range.endContainer);
    const pct = text.indexOf('30,43%');
    expect(rangeFor(found.article, pct, pct + 6, found.body.ownerDocument)!.toString()).toBe('30,43%');
  });

  it('joins blocks with a blank line, table cells with " | ", and keeps offsets exact for every block', () => {
    const found = findArticle(parse(fixture('baolongan.html')), 'https://baolongan.vn/x.html')!;
    const { article } = found;
    article.blocks.forEach((b, i) => {
      expect(article.text.slice(article.offsets[i], article.offsets[i]! + b.text.length)).toBe(b.text);
      if (i > 0) expect(['\n\n', ' | ', '\n']).toContain(article.text.slice(article.offsets[i - 1]! + article.blocks[i - 1]!.text.length, article.offsets[i]));
    });
    // A row's cells are blocks of their own, on one line: the label and the value do not run together.
    expect(article.text).toContain('Chỉ số sản xuất công nghiệp | tăng 9,6%');
  });

  it('lays a table out as lines of cells, which the extractor reads by column', () => {
    const doc = parse(`<html><body><article><h1>Huyện Chợ Lách: kết quả năm 2023</h1>
      <p>HĐND huyện Chợ Lách khai mạc kỳ họp cuối năm 2023, đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội.</p>
      <table><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Ước thực hiện</th><th>Tỷ lệ</th></tr>
      <tr><td>Thu ngân sách nhà nước (tỷ đồng)</td><td>96</td><td><b>84,3</b></td><td>87,8%</td></tr></table></article></body></html>`);
    const found = findArticle(doc, 'https://x.vn/a')!;
    expect(found.article.text).toContain('Chỉ tiêu | Kế hoạch | Ước thực hiện | Tỷ lệ\nThu ngân sách nhà nước (tỷ đồng) | 96 | 84,3 | 87,8%');
    const figures = extract(found.article.text).figures;
    const at = (s: string) => figures.find((f) => f.text.startsWith(s));
    expect(at('96')).toMatchObject({ value: 96e9, modality: 'target', indicator: 'budget_revenue' });
    expect(at('84,3')).toMatchObject({ value: 84.3e9, modality: 'estimate' });
    expect(at('87,8')).toMatchObject({ kind: 'attainment', base: 'target' });
    const start = found.article.text.indexOf('84,3');
    expect(rangeFor(found.article, start, start + 4, doc)!.toString()).toBe('84,3');
  });

  it('never scans editable regions, iframes or hidden text', () => {
    const doc = parse(`<html><body><article><h1>Tin</h1>
      <p>Thu ngân sách tăng 12% so với cùng kỳ năm trước, theo báo cáo của Sở Tài chính tỉnh.</p>
      <div contenteditable="true"><p>Bản nháp: tăng 99%</p></div><iframe srcdoc="tăng 88%"></iframe>
      <p hidden>ẩn 77%</p><p style="display:none">ẩn 66%</p><p>Tỷ lệ hộ nghèo còn 1,2%, giảm 0,5 điểm phần trăm so với năm 2022.</p></article></body></html>`);
    const found = findArticle(doc, 'https://x.vn/a')!;
    expect(found.article.text).toContain('tăng 12%');
    expect(found.article.text).toContain('còn 1,2%');
    for (const s of ['99%', '88%', '77%', '66%']) expect(found.article.text).not.toContain(s);
  });

  it('returns undefined for a page without article text', () => {
    expect(findArticle(parse('<html><body><nav>Menu 1 2 3</nav></body></html>'), 'https://x.vn/')).toBeUndefined();
  });
});

// A news site's home and section pages are lists of other articles' teasers: read as an article they would highlight
// and save other articles' figures under the listing's address. The generic finder leaves them alone; a page that
// says it is one article is read even when it links a lot.
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/find-article.ts';

const parse = (html: string, url = 'https://tin.example-tinh.vn/'): Document => {
  const window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
};

const teaser = (i: number) => `<div class="item"><h3><a href="/bai-${i}.html">Huyện ${i} hoàn thành ${20 + i}/25 chỉ tiêu kinh tế - xã hội năm 2024</a></h3>` +
  `<p>Thu ngân sách trên địa bàn đạt ${100 + i} tỷ đồng, tăng ${i},5% so với cùng kỳ năm trước.</p></div>`;
const homePage = (head = '') => `<html><head>${head}</head><body><header><h1>Báo Tỉnh</h1></header><main>` +
  Array.from({ length: 10 }, (_, i) => teaser(i + 1)).join('') + '</main></body></html>';
const sectionPage = '<html><body><h1>Kinh tế</h1><ul>' +
  Array.from({ length: 5 }, (_, i) => `<li><a href="/kt-${i}.html">GRDP quý ${i + 1} tăng ${6 + i}%</a></li>`).join('') + '</ul><p>Trang 1</p></body></html>';
const article = '<html><body><h1>Huyện Chợ Lách: kết quả năm 2023</h1><div class="noi-dung">' +
  '<p>Năm 2023, huyện Chợ Lách hoàn thành 22/25 chỉ tiêu nghị quyết; thu ngân sách đạt 168,5 tỷ đồng, bằng 91,7% dự toán.</p>' +
  '<p>Theo <a href="/nq-05.html">Nghị quyết số 05</a>, năm 2024 huyện phấn đấu tăng trưởng 7%.</p></div></body></html>';

describe('listing pages are not articles', () => {
  it('a home page of teasers (headline links and their summaries) is not read', () => {
    expect(findArticle(parse(homePage()))).toBeUndefined();
  });
  it('a section page that is mostly links is not read', () => {
    expect(findArticle(parse(sectionPage), 'https://tin.example-tinh.vn/kinh-te/')).toBeUndefined();
  });
  it('an article with a link inside a sentence is read', () => {
    const found = findArticle(parse(article), 'https://tin.example-tinh.vn/cho-lach.html');
    expect(found?.article.text).toContain('22/25 chỉ tiêu');
  });
  it('a page that declares itself one article (og:type) is read even with many headline links', () => {
    const found = findArticle(parse(homePage('<meta property="og:type" content="article">')));
    expect(found?.article.text).toContain('Thu ngân sách');
  });
  it('… as is one whose JSON-LD describes a NewsArticle', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Báo Tỉnh"}</script>';
    expect(findArticle(parse(homePage(ld)))).toBeDefined();
  });
});

// @vitest-environment happy-dom
// On the site's own pages, its home province (the adapter's) is a fallback: an article about a city of the province is
// the city's, as the headline says; an article that names no place is the province's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { Annotator } from '../../../src/page/annotator.ts';
import { elementPainter } from '../../../src/page/element-painter.ts';

const PAD = 'Thời gian qua, các cấp, các ngành đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ nhiều giải pháp, huy động sức mạnh ' +
  'của cả hệ thống chính trị và sự đồng thuận của nhân dân, nhờ đó tình hình kinh tế - xã hội tiếp tục chuyển biến tích cực.';

async function placesOn(headline: string, body: string): Promise<Array<string | undefined>> {
  const h1 = document.createElement('h1');
  h1.className = 'title';
  h1.textContent = headline;
  const time = document.createElement('div');
  time.className = 'detail-time';
  time.textContent = '11/12/2023 - 06:47';
  const content = document.createElement('div');
  content.className = 'detail-content';
  for (const text of [PAD, body]) content.appendChild(document.createElement('p')).textContent = text;
  document.body.replaceChildren(h1, time, content);
  const a = new Annotator(document, 'https://baodongkhoi.vn/kinh-te/a.html', { extract, painter: elementPainter(document, () => undefined) });
  await a.refresh();
  return a.pageFigures().map((f) => f.locality);
}

describe("a site adapter's home province", () => {
  it("gives way to the city the headline names", async () => {
    expect(await placesOn('Tạo bước đột phá đưa TP. Bến Tre phát triển nhanh', 'Năm 2023, thu ngân sách đạt 1.400 tỉ đồng, tăng 30,43% so với năm 2022.'))
      .toEqual(['thành phố Bến Tre', 'thành phố Bến Tre']);
  });

  it('is the place of an article that names none', async () => {
    expect(await placesOn('Thu ngân sách vượt dự toán', 'Năm 2023, thu ngân sách đạt 1.400 tỉ đồng, tăng 30,43% so với năm 2022.'))
      .toEqual(['tỉnh Bến Tre', 'tỉnh Bến Tre']);
  });
});

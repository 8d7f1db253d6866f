// "Toàn TP ghi nhận 209 ổ dịch sốt xuất huyết mới phát sinh …; giảm 41 ổ dịch mới so với tuần trước (250 ổ dịch)":
// health departments count dengue outbreaks as they count cases; the counts are figures a reader follows week by week
// (the corpora mark them optional, so they cost nothing when found). Pattern from a city's dengue bulletin (2022).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const pub = { published: '2022-07-27' };
const text = 'Báo Thanh Niên\n27/07/2022\n\nSốt xuất huyết tăng nhanh\n\nTrung tâm Kiểm soát bệnh tật TP.HCM cho biết, tính đến ngày 21/7, thành phố ghi nhận 32.011 ca mắc sốt xuất huyết. Toàn TP ghi nhận 209 ổ dịch sốt xuất huyết mới phát sinh ở 101 phường, xã; giảm 41 ổ dịch mới so với tuần trước (250 ổ dịch).';

describe('outbreaks are counted', () => {
  it('a count of outbreaks', () => {
    const f = figureAt(text, '209', pub);
    expect([f.value, f.unit]).toEqual([209, 'ổ dịch']);
  });
  it('a fall in outbreaks against the week before', () => {
    const f = figureAt(text, '41', pub);
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'down', 'previous_period']);
  });
});

describe('what is no count of outbreaks', () => {
  it('the outbreak\'s date', () => {
    expectNoFigureAt('Ngày 21/7 phát hiện ổ dịch tại phường 5 quận 8.', '21/7', pub);
  });
});

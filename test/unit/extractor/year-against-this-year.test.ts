// Early in a year, a page that names last year first is taken to review last year. But "Năm 2024, chỉ ba tỉnh …; năm
// nay, có tám tỉnh …" names last year only to set it against this one: the page reports this year, and the past year
// dates its own clause alone.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-02-04' };
const page = [
  'Nhiều địa phương thu nghìn tỷ từ du lịch dịp Tết',
  'Theo Cục Du lịch Quốc gia, trong dịp Tết vừa qua, cả nước ước đón 12,5 triệu lượt khách nội địa.',
  'Năm 2024, chỉ ba địa phương đạt doanh thu du lịch trên 1.000 tỷ đồng, năm nay có tám địa phương vượt mốc này.',
  'Quảng Ninh đón 969.000 lượt khách, tổng thu từ khách du lịch đạt 2.665 tỷ đồng.',
].join('\n\n');

describe('a past year set against "năm nay" in its sentence frames nothing', () => {
  it('the figures before it are this year\'s', () => {
    expectFigure(page, '12,5 triệu lượt khách', { period: '2025' }, pub);
  });
  it('so are the paragraphs after it', () => {
    expectFigure(page, '2.665 tỷ đồng', { period: '2025' }, pub);
  });
  it('its own clause keeps it', () => {
    expectFigure(page, '1.000 tỷ đồng', { period: '2024' }, pub);
  });
});

describe('a page that reviews last year', () => {
  it('still dates its undated figures by last year', () => {
    const review = ['Tổng kết năm 2024', 'Năm 2024, toàn tỉnh đón 3,2 triệu lượt khách.', 'Tổng thu từ khách du lịch đạt 4.150 tỷ đồng.'].join('\n\n');
    expectFigure(review, '4.150 tỷ đồng', { period: '2024' }, { published: '2025-01-06' });
  });
});

// Holiday and event pages often give one day's tally in a sentence that opens on the day: "Ngày 2/9/2025, toàn tỉnh đón
// 61.000 lượt khách". FIGURES.md has no period for a day, so the corpus conventions give it the month it falls in. The day
// dates its own sentence only: it does not frame the rest of the page, and the day of an event or a statement ("Ngày
// 15/12, HĐND huyện khai mạc kỳ họp …", "Ngày 30/8, Sở … cho biết, …") dates nothing.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-09-03' };
const page = [
  'Khách đổ về các điểm du lịch dịp Quốc khánh',
  'Thứ Tư, 03/09/2025 - 07:30',
  'Ngày 2/9/2025, toàn tỉnh đón 61.000 lượt khách, tăng 9% so với ngày cùng kỳ năm trước.',
  'Riêng ngày 1/9, các điểm tham quan đón 44.500 lượt khách.',
  'Tổng thu từ khách du lịch của tỉnh từ đầu năm ước đạt 5.400 tỷ đồng.',
].join('\n');

describe('a day opening its own tally dates it by its month', () => {
  it('the day with its year', () => {
    expectFigure(page, '61.000 lượt khách', { period: '2025-M09' }, pub);
  });
  it('"Riêng ngày 1/9," without a year', () => {
    expectFigure(page, '44.500 lượt khách', { period: '2025-M09' }, pub);
  });
});

describe('what the day does not date', () => {
  it('a later sentence with no period of its own', () => {
    expectFigure(page, '5.400 tỷ đồng', { period: '2025' }, pub);
  });
  it('the figures after the day of a session that reviews the year', () => {
    const session = 'Ngày 15/12, HĐND huyện khai mạc kỳ họp thứ 12, đánh giá tổng giá trị sản xuất đạt 5.120 tỷ đồng.';
    expectFigure(session, '5.120 tỷ đồng', { period: '2024' }, { published: '2024-12-16' });
  });
  it('a statement made on the day', () => {
    const said = 'Ngày 30/8, Sở Văn hóa cho biết, các khu du lịch đón 1,2 triệu lượt khách.';
    expectFigure(said, '1,2 triệu lượt khách', { period: '2025' }, pub);
  });
});

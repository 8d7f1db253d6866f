// "giá heo hơi tháng 6 ở mức 64.000 - 66.000 đồng/kg", "giá cà phê cuối tháng 6 dao động 96.000 - 98.500 đồng/kg": in a
// six-month report, a price quoted for a month is that month's, and so are the changes its sentence goes on to give.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-07-10' };
const LEAD = 'Nông nghiệp 6 tháng đầu năm 2026\n\nTheo báo cáo, 6 tháng đầu năm 2026, giá trị sản xuất nông nghiệp tăng 4,1% so với cùng kỳ. ';

describe('a price quoted for a month', () => {
  it('"tháng 6 ở mức …" is June\'s', () => {
    const text = `${LEAD}Tổng đàn heo đạt 1,2 triệu con; giá heo hơi tháng 6 ở mức 62.000 - 64.000 đồng/kg, tăng 2.000 đồng/kg so với tháng 5.`;
    expect(figureAt(text, '62.000', OPTS).period).toBe('2026-M06');
    expect(figureAt(text, '2.000 đồng/kg', OPTS).period).toBe('2026-M06');
  });

  it('"cuối tháng 6 dao động …" is June\'s', () => {
    const text = `${LEAD}Giá cà phê nhân xô cuối tháng 6 dao động 95.000 - 97.000 đồng/kg.`;
    expect(figureAt(text, '95.000', OPTS).period).toBe('2026-M06');
  });
});

describe('a price over the months reported', () => {
  it('"trong 6 tháng, giá … dao động" is the half year\'s', () => {
    const text = `${LEAD}Trong 6 tháng, giá lúa dao động 7.000 - 8.200 đồng/kg.`;
    expect(figureAt(text, '7.000', OPTS).period).toBe('2026-H1');
  });
});

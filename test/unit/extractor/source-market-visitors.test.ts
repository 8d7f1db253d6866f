// Visitors counted by the country they come from are international visitors, though the text never says "quốc tế":
// "khách Hàn Quốc", the source markets of a clause, an item labelled by its country. A Vietnamese place that shares a
// country's word ("Mỹ Tho") names no market.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-20' };
const LEAD = 'Du lịch 11 tháng\n\nTrong 11 tháng, tỉnh Khánh Hòa đón 9,6 triệu lượt khách, tăng 18% so với cùng kỳ. ';

describe('visitors counted by where they come from', () => {
  it('"khách Hàn Quốc … đạt …" are international', () => {
    const text = `${LEAD}Riêng khách Hàn Quốc đến Nha Trang đạt 1,1 triệu lượt, gấp 2 lần cùng kỳ.`;
    expect(figureAt(text, '1,1 triệu', OPTS).indicator).toBe('international_tourist_arrivals');
  });

  it('the source markets of a clause are international', () => {
    const text = `${LEAD}Hàn Quốc và Trung Quốc là hai thị trường dẫn đầu với lần lượt 1,1 triệu và 0,9 triệu lượt.`;
    expect(figureAt(text, '0,9 triệu', OPTS).indicator).toBe('international_tourist_arrivals');
  });

  it('an item labelled by its country is international, "Mỹ" too', () => {
    const text = `${LEAD}Các thị trường tăng nhanh:\n- Nhật Bản: 120.000 lượt (+12,5%)\n- Mỹ: 85.000 lượt (+9,1%)`;
    expect(figureAt(text, '120.000', OPTS).indicator).toBe('international_tourist_arrivals');
    expect(figureAt(text, '85.000', OPTS).indicator).toBe('international_tourist_arrivals');
  });
});

describe('visitors named by no country', () => {
  it('visitors to a place called Mỹ … stay visitors', () => {
    const text = `${LEAD}Thành phố Mỹ Tho đón 640.000 lượt khách.`;
    expect(figureAt(text, '640.000', OPTS).indicator).toBe('tourist_arrivals');
  });

  it('domestic visitors stay visitors', () => {
    const text = `${LEAD}Khách nội địa đạt 7,2 triệu lượt.`;
    expect(figureAt(text, '7,2 triệu', OPTS).indicator).toBe('tourist_arrivals');
  });
});

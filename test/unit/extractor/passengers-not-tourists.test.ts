// "tổng sản lượng hành khách thông qua cảng đạt hơn 2,27 triệu khách": a count of passengers through an airport, a port
// or a station is traffic, not tourist arrivals, although its unit is the bare "khách" that visitors are counted in.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Trong dịp Tết Nguyên đán vừa qua, các đơn vị trong ngành đã chủ động xây dựng kế hoạch, bố trí nhân lực, phương tiện ' +
  'và tăng cường kiểm tra, giám sát để phục vụ nhu cầu đi lại của người dân, bảo đảm an toàn và thông suốt.';
const read = (sentence: string) =>
  extract(`Hoạt động vận tải dịp Tết\n\n${PAD}\n\n${sentence}`, { published: '2024-02-16' }).figures.map((f) => [f.text, f.indicator ?? null]);

describe('passengers are not tourists', () => {
  it('gives no tourist arrivals to passengers counted in "khách" or to the flights before them', () => {
    expect(read('Tại các cảng hàng không, sản lượng cất/hạ cánh đạt hơn 14.500 lượt (giảm 0,7% so với cùng kỳ 2023); tổng sản lượng hành khách thông qua cảng đạt hơn 2,27 triệu khách (tăng 1,4% so với cùng kỳ 2023).'))
      .toEqual([['14.500 lượt', null], ['0,7%', null], ['2,27 triệu khách', null], ['1,4%', null]]);
  });

  it('still counts visitors in "khách" as tourist arrivals', () => {
    expect(read('Trong 7 ngày nghỉ Tết, toàn tỉnh đón hơn 2,27 triệu khách, tăng 1,4% so với cùng kỳ năm 2023.'))
      .toEqual([['2,27 triệu khách', 'tourist_arrivals'], ['1,4%', 'tourist_arrivals']]);
  });
});

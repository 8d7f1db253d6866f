// "tăng 60% so với cùng kỳ và 9% so với ngày thường": the second rate is compared with ordinary days, not the same
// period a year before; the "so với cùng kỳ" before it is the first rate's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const PAD = 'Để phục vụ nhu cầu đi lại của người dân dịp cuối năm, các hãng đã chủ động bổ sung tàu bay, tăng tần suất khai thác ' +
  'trên các đường bay trục và đường bay địa phương, đồng thời phối hợp với các cảng hàng không bảo đảm an toàn.';
const bases = (sentence: string) =>
  extract(`Tết Giáp Thìn: nhiều chặng bay kín ghế\n\n${PAD}\n\n${sentence}`, { published: '2024-01-15' }).figures.map((f) => [f.text, f.base ?? null]);

describe('a figure with a comparison of its own after it', () => {
  it('does not take "so với cùng kỳ" from the figure before it', () => {
    expect(bases('Chuyến bay quốc tế dự kiến đạt 9.600 chuyến, tăng 60% so với cùng kỳ và 9% so với ngày thường.'))
      .toEqual([['9.600 chuyến', null], ['60%', 'same_period'], ['9%', null]]);
  });

  it('still reads a base put first in the clause, and one shared by a pair with none after the first', () => {
    expect(bases('So với cùng kỳ, doanh thu vận tải hành khách tăng 12,5%.')).toEqual([['12,5%', 'same_period']]);
    expect(bases('Doanh thu tăng 60% và lợi nhuận tăng 9% so với cùng kỳ.')).toEqual([['60%', 'same_period'], ['9%', 'same_period']]);
  });
});

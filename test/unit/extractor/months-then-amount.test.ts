// "Giá trị sản xuất ngành dịch vụ ước thực hiện trong 6 tháng 955 tỷ đồng": the months, then the amount reached in them
// (a scale word after a short number), date the amount as "6 tháng 1.094 tỷ đồng" does.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2018-07-04' };

describe('months then the amount in them', () => {
  it('a short amount with its scale', () => {
    const text = 'Báo cáo quý II\n\nGiá trị sản xuất ngành dịch vụ ước thực hiện trong 6 tháng 955 tỷ đồng, đạt 50,26% kế hoạch.';
    expect(figureAt(text, '955', opts).period).toBe('2018-H1');
  });

  it('months of a loan term before an amount stay no period', () => {
    const text = 'Ngân hàng chính sách\n\nNăm 2018, hộ nghèo được vay vốn với thời hạn trên 6 tháng 50 triệu đồng mỗi hộ.';
    expect(figureAt(text, '50 triệu', opts).period).toBe('2018');
  });
});

// "tổng lượng hàng hóa cung ứng cho các chợ đầu mối mỗi ngày khoảng 1.200 tấn rau, củ, quả": "mỗi ngày" written before
// the amount makes it a rate per day, as "1.120 tấn mỗi ngày" after it does (amount-per-day). Found by holdout82/003.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-03-12' };

describe('"mỗi ngày" before a measured amount', () => {
  it('makes it an amount per day', () => {
    expectFigure('Các chợ đầu mối tiêu thụ mỗi ngày khoảng 1.200 tấn rau, củ, quả.', '1.200', { unit: 'tấn/ngày', bound: 'about' }, opts);
    expectFigure('Năm 2025, toàn tỉnh thu gom mỗi ngày trên 950 tấn rác thải sinh hoạt.', '950', { unit: 'tấn/ngày', bound: 'over' }, opts);
  });
  it('a count after "mỗi ngày" keeps its noun, and "mỗi ngày" far before says nothing', () => {
    expectFigure('Bến xe đón mỗi ngày 1.200 lượt khách.', '1.200', { unit: 'lượt khách' }, opts);
    expectFigure('Mỗi ngày, thương lái đến mua hàng; năm 2024 hợp tác xã bán 540 tấn rau.', '540', { unit: 'tấn' }, opts);
  });
});

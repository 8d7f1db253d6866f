// "có 1.284 giao dịch căn hộ thành công": property deals are counted as written, the noun "giao dịch" its unit. A bank's
// "điểm giao dịch" keeps its longer noun, and the value of the deals stays money.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-07-10', locality: 'thành phố Hải Phòng' };

describe('property deals', () => {
  it('are counted in "giao dịch"', () => {
    expectFigure('6 tháng đầu năm, thành phố có 4.120 giao dịch nhà ở riêng lẻ thành công, tăng 12%.', '4.120', { kind: 'level', unit: 'giao dịch', value: 4120 }, opts);
    expectFigure('Giao dịch đất nền chỉ đạt 860 giao dịch, giảm 7% so với cùng kỳ.', '860', { unit: 'giao dịch' }, opts);
  });

  it('leave longer nouns and amounts as they were', () => {
    expectFigure('Ngân hàng mở thêm 3 điểm giao dịch tại các xã.', '3', { unit: 'điểm giao dịch' }, opts);
    expectFigure('Tổng giá trị giao dịch đạt 1.250 tỷ đồng.', '1.250 tỷ đồng', { unit: 'VND' }, opts);
  });
});

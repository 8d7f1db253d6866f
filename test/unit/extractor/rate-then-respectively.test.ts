// "… đạt tỷ lệ bao phủ bảo hiểm y tế trên 92%. Thấp nhất là thị xã An Nhơn và huyện Vân Canh, với tỷ lệ lần lượt 89,1%
// và 90,4%": "tỷ lệ lần lượt" names no measure of its own ("lần lượt" only opens the list), so the figures take the
// rate the sentence before named. Found by holdout19/003.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-15', locality: 'tỉnh Bình Định' };

describe('"tỷ lệ lần lượt" takes the rate named before', () => {
  it('both listed rates are BHYT coverage, each of its place', () => {
    const text = 'Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93,2%. Thấp nhất là thị xã An Nhơn và huyện Vân Canh, với tỷ lệ lần lượt 89,1% và 90,4%.';
    expectFigure(text, '89,1%', { indicator: 'health_insurance_coverage', locality: 'thị xã An Nhơn' }, opts);
    expectFigure(text, '90,4%', { indicator: 'health_insurance_coverage', locality: 'huyện Vân Canh' }, opts);
  });
  it('a rate whose own words name an unknown measure stays without one', () => {
    const text = 'Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93,2%. Tỷ lệ hồ sơ giải quyết đúng hạn ở thị xã An Nhơn và huyện Vân Canh lần lượt 89,1% và 90,4%.';
    expectFigure(text, '89,1%', { indicator: undefined }, opts);
  });
});

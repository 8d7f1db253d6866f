// "Xã có 14 sản phẩm OCOP", "năm 2025, xã đặt mục tiêu hoàn thành toàn bộ 19 tiêu chí": "xã" as the subject of its
// clause is the commune just spoken of. Pattern from holdout9 (also holdout2, holdout8).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'huyện Đức Linh' };

describe('"xã" opening a clause is the commune just named', () => {
  it('a sentence opened by "Xã có"', () => {
    const text = 'Tại xã Đức Tài, xã NTM kiểu mẫu đầu tiên của tỉnh Bình Thuận, tỷ lệ hộ nghèo chỉ còn 0,38%. Xã có 14 sản phẩm OCOP, trong đó 3 sản phẩm đạt 4 sao.';
    expect(figureAt(text, '14', opts).locality).toBe('xã Đức Tài');
    expect(figureAt(text, '3 sản phẩm', opts).locality).toBe('xã Đức Tài');
  });
  it('a clause after a semicolon', () => {
    const text = 'Xã Phú Hội đến nay đã đạt 17/19 tiêu chí NTM kiểu mẫu; năm 2025, xã đặt mục tiêu hoàn thành toàn bộ 19 tiêu chí.';
    expect(figureAt(text, '19 tiêu chí.', opts).locality).toBe('xã Phú Hội');
  });
  it('"thị xã có" is no commune', () => {
    const text = 'Xã Phú Hội đạt 17/19 tiêu chí. Thị xã có 14 sản phẩm OCOP.';
    expect(figureAt(text, '14', opts).locality).not.toBe('xã Phú Hội');
  });
  it('with no commune named, "Xã có" leaves the article\'s place', () => {
    expect(figureAt('Huyện vừa tổng kết năm. Xã có 14 sản phẩm OCOP.', '14', opts).locality).toBe('huyện Đức Linh');
  });
});

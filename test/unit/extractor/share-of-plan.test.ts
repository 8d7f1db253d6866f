// "toàn Đảng bộ tỉnh kết nạp được 1.669 đảng viên, chiếm tỷ lệ 83,45% so với chỉ tiêu Nghị quyết": a share measured
// "so với" the plan says how far the plan is met — an attainment against the target, as "đạt 83,45% chỉ tiêu" would
// be. Pattern from a real provincial party-building page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-10' };

describe('"chiếm (tỷ lệ) X% so với chỉ tiêu/kế hoạch" is an attainment', () => {
  it('against the resolution\'s target', () => {
    const text = 'Từ đầu năm đến nay, toàn tỉnh kết nạp được 1.420 đảng viên, chiếm tỷ lệ 88,7% so với chỉ tiêu Nghị quyết đề ra.';
    expectFigure(text, '88,7%', { kind: 'attainment', base: 'target' }, pub);
  });
  it('against the year\'s plan', () => {
    const text = 'Thu ngân sách đạt 2.150 tỷ đồng, chiếm 76% so với kế hoạch năm.';
    expectFigure(text, '76%', { kind: 'attainment', base: 'target' }, pub);
  });
});

describe('what stays a share', () => {
  it('a share of the economy', () => {
    expectFigure('Khu vực dịch vụ chiếm 45,2% GRDP của tỉnh.', '45,2%', { kind: 'level' }, pub);
  });
  it('a share of all households', () => {
    expectFigure('Số hộ nghèo còn 1.250 hộ, chiếm 2,1% tổng số hộ.', '2,1%', { kind: 'level' }, pub);
  });
});

// Since the 2025 reorganisation reports count "đơn vị hành chính cấp xã" (communes, wards and special zones together):
// "Có 86/124 đơn vị hành chính cấp xã đã triển khai phân loại rác tại nguồn". The counted noun is reported as written,
// level included; a bare "đơn vị hành chính" stays as it was. Found by holdout21/004.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-01-12' };

describe('counts of administrative units by level', () => {
  it('keep the level in the noun', () => {
    expectFigure('Có 86/124 đơn vị hành chính cấp xã đã triển khai phân loại chất thải rắn tại nguồn.', '86/124', { kind: 'ratio', unit: 'đơn vị hành chính cấp xã' }, opts);
  });
  it('a count without a level keeps the shorter noun', () => {
    expectFigure('Sau sắp xếp, tỉnh còn 124 đơn vị hành chính, giảm 23 đơn vị.', '124', { unit: 'đơn vị hành chính' }, opts);
  });
});

// A national round-up: "… có 30/63 địa phương giải ngân trên 95% kế hoạch. Dẫn đầu cả nước là Thái Bình (121,9%),
// tiếp đến là Ninh Bình (108,3%) …": the shares in brackets after the places a "Dẫn đầu" sentence ranks are shares of
// their capital plans.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-02-12' };

describe('places ranked after a sentence on disbursement against the plan', () => {
  it('hold attainments in their brackets', () => {
    const text = 'Có 28/63 địa phương giải ngân trên 95% kế hoạch vốn được giao. Dẫn đầu là Hà Nam (118,2%), tiếp đến là Bắc Ninh (104,1%).';
    const f = figureAt(text, '104,1%', opts);
    expect([f.kind, f.base, f.locality]).toEqual(['attainment', 'target', 'tỉnh Bắc Ninh']);
  });

  it('leave a ranking of another measure as levels', () => {
    const text = 'Tỷ lệ hộ nghèo cả nước giảm còn 1,9%. Dẫn đầu là Bình Dương (0,01%), tiếp đến là Đồng Nai (0,08%).';
    expect(figureAt(text, '0,08%', opts).kind).toBe('level');
  });
});

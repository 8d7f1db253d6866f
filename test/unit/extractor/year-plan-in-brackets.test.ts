// "Tỷ lệ bao phủ bảo hiểm y tế đạt 94,3%, thấp hơn 1,2 điểm phần trăm so với kế hoạch năm (95,5%)" in a half-year
// report: the plan named for the year is the whole year's. A plan compared without naming the year is the stretch's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-07-09' };

describe('a bracketed plan named for the year', () => {
  it('takes the whole year', () => {
    const text = '6 tháng đầu năm 2026, tỷ lệ lao động qua đào tạo đạt 71,2%, thấp hơn 0,8 điểm phần trăm so với kế hoạch năm (72%).';
    const f = figureAt(text, '72%', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2026');
  });

  it('leaves a plan of the stretch to the stretch', () => {
    const text = '9 tháng đầu năm 2026, GRDP ước tăng 7,86%, thấp hơn 1,04 điểm phần trăm so với kịch bản tăng trưởng đã đề ra (8,9%).';
    expect(figureAt(text, '8,9%', { published: '2026-10-05' }).period).toBe('2026-9M');
  });
});

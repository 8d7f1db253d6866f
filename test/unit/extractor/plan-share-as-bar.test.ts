// "Có 9/14 khoản thu đạt trên 75% dự toán": with a threshold word, the share of the plan that each counted item cleared
// is their bar, part of what is counted (as "8/11 huyện đạt tỷ lệ BHYT trên 92%" is), not an attainment of its own.
// The count stays a figure. Without a threshold word, after a measure, or after a date, the share is an attainment.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const OPTS = { published: '2023-10-06' };

describe('a plan share a count cleared, with a threshold word', () => {
  it('is no figure; the count is', () => {
    const text = 'Chín tháng, có 7/12 khoản thu đạt trên 80% dự toán năm.';
    expectNoFigureAt(text, '80%', OPTS);
    expect(figureAt(text, '7/12', OPTS)).toMatchObject({ kind: 'ratio', of: 12 });
    expectNoFigureAt('Toàn huyện có 5 xã đạt từ 90% kế hoạch thu ngân sách trở lên.', '90%', OPTS);
  });

  it('stays an attainment without a threshold word, after a measure, or after a year or a month', () => {
    expect(figureAt('Năm 2023, 11 xã đạt 100% kế hoạch thu ngân sách.', '100%', OPTS).kind).toBe('attainment');
    expect(figureAt('Sản lượng 4.300 tấn đạt trên 85% kế hoạch.', '85%', OPTS).kind).toBe('attainment');
    expect(figureAt('Phấn đấu đến hết năm 2023 giải ngân đạt trên 95% kế hoạch vốn.', '95%', OPTS).kind).toBe('attainment');
    expect(figureAt('Dự kiến đến hết tháng 10 giải ngân đạt trên 60% kế hoạch.', '60%', OPTS).kind).toBe('attainment');
  });
});

// "Dự án … giải ngân 186 tỷ đồng trên tổng số 240 tỷ đồng kế hoạch, đạt 77,5%": the plan's amount named after the amount
// disbursed does not part the share from it: the share is of that plan, an attainment.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-06' };

describe('a share after an amount disbursed out of its plan', () => {
  it('is an attainment of the plan', () => {
    const text = 'Dự án đường ven biển giải ngân 186 tỷ đồng trên tổng số 240 tỷ đồng kế hoạch, đạt 77,5%.';
    const f = figureAt(text, '77,5%', opts);
    expect([f.kind, f.base]).toEqual(['attainment', 'target']);
  });

  it('leaves a share of a whole named after the amounts alone', () => {
    const text = 'Huyện thu 186 tỷ đồng trên tổng số 240 tỷ đồng thu ngân sách của toàn vùng, chiếm 77,5%.';
    expect(figureAt(text, '77,5%', opts).kind).toBe('level');
  });
});

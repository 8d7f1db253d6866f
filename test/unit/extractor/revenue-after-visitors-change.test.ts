// A holiday page gives visitors, their change against last year's holiday, then the money they brought: "đón khoảng
// 186.000 lượt khách, tăng 42% so với dịp lễ năm 2025, doanh thu ước đạt 412 tỷ đồng". The comparison between the
// visitors and "doanh thu" does not make the revenue someone else's: it is tourism revenue, as without the comparison.
// Found by holdout82/007.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-05-04' };

describe('revenue after the visitors\' change', () => {
  it('is tourism revenue', () => {
    const text = 'Trong dịp lễ, các điểm đến đón khoảng 186.000 lượt khách, tăng 42% so với dịp lễ năm 2025, doanh thu ước đạt 412 tỷ đồng.';
    expectFigure(text, '412 tỷ đồng', { indicator: 'tourism_revenue' }, opts);
  });
  it('and after a change with "so với cùng kỳ"', () => {
    const text = 'Quý I/2026, tỉnh đón 1,2 triệu lượt khách, tăng 15% so với cùng kỳ, doanh thu đạt 2.350 tỷ đồng.';
    expectFigure(text, '2.350 tỷ đồng', { indicator: 'tourism_revenue' }, opts);
  });
  it('budget revenue after the visitors\' change is not', () => {
    const text = 'Quý I/2026, tỉnh đón 1,2 triệu lượt khách, tăng 15% so với cùng kỳ; thu ngân sách đạt 2.350 tỷ đồng.';
    expectFigure(text, '2.350 tỷ đồng', { indicator: 'budget_revenue' }, opts);
  });
});

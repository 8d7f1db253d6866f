// "phấn đấu đến ngày 31/1/2025 giải ngân hết kế hoạch vốn; thu ngân sách cả năm đạt từ 6.800 tỷ đồng trở lên" (a
// 2024 half-year report): the date is the disbursement's deadline in its own clause, not the year "cả năm" means.
// A date in the figure's own clause still gives "cả năm" its year.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-12' };

describe('"cả năm" after a deadline in another clause', () => {
  it('is the report\'s year, not the deadline\'s', () => {
    const text = 'Sáu tháng đầu năm 2024, tỉnh đạt nhiều kết quả. Tỉnh phấn đấu đến ngày 31/1/2025 giải ngân hết kế hoạch vốn được giao; thu ngân sách cả năm đạt từ 6.800 tỷ đồng trở lên.';
    const f = figureAt(text, '6.800 tỷ đồng', opts);
    expect([f.period, f.modality]).toEqual(['2024', 'target']);
  });

  it('a date in the same clause still dates "cả năm"', () => {
    const text = 'Tính đến ngày 30/6/2025, thu ngân sách ước cả năm đạt 7.000 tỷ đồng.';
    expect(figureAt(text, '7.000 tỷ đồng', { published: '2025-07-02' }).period).toBe('2025');
  });
});

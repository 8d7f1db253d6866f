// "Dự toán thu năm 2026 là 50.700 tỷ đồng": the plan of revenue names the revenue, whatever the sentence before spoke of
// (here spending); "Dự toán chi …" stays spending.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const spending = 'Năm 2025, chi ngân sách địa phương đạt 31.240 tỷ đồng, bằng 104,2% dự toán. ';

describe('a plan of revenue named "Dự toán thu"', () => {
  it('is budget revenue after a sentence on spending', () => {
    expect(figureAt(`${spending}Dự toán thu năm 2026 là 28.900 tỷ đồng.`, '28.900 tỷ đồng', { published: '2025-12-20' }).indicator).toBe('budget_revenue');
  });

  it('"Dự toán chi" is spending', () => {
    expect(figureAt(`${spending}Dự toán chi năm 2026 là 33.500 tỷ đồng.`, '33.500 tỷ đồng', { published: '2025-12-20' }).indicator).toBe('budget_expenditure');
  });
});

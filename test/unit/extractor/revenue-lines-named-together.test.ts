// Budget reports name the lines of the revenue together before listing them: "Một số khoản thu có mức tăng khá, như: thu
// từ doanh nghiệp nhà nước tăng 12,5%; …; thu lệ phí trước bạ tăng 18,9%". Those items are budget revenue, not whatever
// the paragraph before was about.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-11-08' };

describe('revenue lines named together', () => {
  it('are budget revenue', () => {
    const text = 'Tổng chi ngân sách tháng 10 ước đạt 1.210 tỷ đồng, tăng 9,2% so với tháng trước.\n\nMột số khoản thu có mức tăng khá, như: thu từ doanh nghiệp nhà nước tăng 12,5%; thu lệ phí trước bạ tăng 18,9%.';
    expect(figureAt(text, '12,5%', opts).indicator).toBe('budget_revenue');
    expect(figureAt(text, '18,9%', opts).indicator).toBe('budget_revenue');
  });

  it('spending named after them stays spending', () => {
    const text = 'Một số khoản thu có mức tăng khá.\n\nTổng chi ngân sách tháng 10 ước đạt 1.210 tỷ đồng, tăng 9,2% so với tháng trước.';
    expect(figureAt(text, '9,2%', opts).indicator).toBe('budget_expenditure');
  });
});

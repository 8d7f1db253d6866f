// "Dự án … có kế hoạch vốn năm 2024 là 1.000 tỷ đồng, đến nay đã giải ngân …": the capital plan is the plan of the public
// investment whose disbursement the page tracks, whatever the paragraph before named last.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-06-05' };

describe('a capital plan', () => {
  it('measures public investment disbursement', () => {
    const text = 'Thu hút vốn đầu tư trong nước đạt 2.100 tỷ đồng.\n\nDự án đường tỉnh 103 có kế hoạch vốn năm 2024 là 320 tỷ đồng.';
    expect(figureAt(text, '320 tỷ đồng', opts).indicator).toBe('public_investment_disbursement');
  });

  it('leaves a plan that names another measure', () => {
    const text = 'Kế hoạch thu ngân sách năm 2024 là 5.200 tỷ đồng.';
    expect(figureAt(text, '5.200 tỷ đồng', opts).indicator).toBe('budget_revenue');
  });
});

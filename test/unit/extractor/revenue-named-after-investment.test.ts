// "Năm 2025, tỉnh đẩy mạnh thu hút đầu tư, cải cách hành chính, thu ngân sách đạt 5.120 tỷ đồng": the revenue named
// right before the number is what it measures, whatever investment the list named before it; money drawn in by
// investment is still no revenue.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-05' };

describe('revenue named after investment in a list', () => {
  it('is budget revenue', () => {
    expect(figureAt('Năm 2025, huyện đẩy mạnh thu hút đầu tư, cải cách hành chính, thu ngân sách đạt 412 tỷ đồng.', '412', opts).indicator).toBe('budget_revenue');
  });

  it('investment drawn in is not', () => {
    const text = 'Năm 2025, thu ngân sách đạt 412 tỷ đồng; huyện thu hút vốn ngoài ngân sách đạt 1.250 tỷ đồng.';
    expect(figureAt(text, '1.250', opts).indicator).not.toBe('budget_revenue');
  });
});

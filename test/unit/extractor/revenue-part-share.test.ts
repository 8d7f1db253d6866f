// A share naming no whole right after a part of the budget revenue ("khu vực doanh nghiệp có vốn đầu tư nước ngoài nộp
// 3.120 tỷ đồng, chiếm 28,4%") is that part's share of the revenue: budget_revenue, not a sector's share of the economy
// that "khu vực" would suggest.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-01-08' };

describe('a share right after a part of the budget revenue', () => {
  it('is a share of the revenue', () => {
    const text = 'Trong thu nội địa, khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt 3.120 tỷ đồng, chiếm 28,4%.';
    expect(figureAt(text, '28,4%', opts).indicator).toBe('budget_revenue');
  });

  it('leaves a share that names its whole to that whole', () => {
    const text = 'Năm 2024, khu vực công nghiệp - xây dựng đạt 12.400 tỷ đồng, chiếm 41,2% GRDP.';
    expect(figureAt(text, '41,2%', opts).indicator).toBe('sector_share');
  });
});

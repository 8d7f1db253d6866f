// A heritage site's or a sight's ticket revenue ("Doanh thu bán vé tham quan đạt 612 tỷ đồng") is what the place takes
// from its visitors: tourism revenue, as the sight's visitors are the place's tourist arrivals. Tickets of buses,
// flights or matches are no tourism revenue.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('ticket revenue of sights', () => {
  it('is tourism revenue, with its share of the plan', () => {
    const text = 'Năm 2025, Khu di tích Kim Liên đón 1,2 triệu lượt khách. Doanh thu bán vé tham quan đạt 48,6 tỷ đồng, vượt 8% kế hoạch.';
    const opts = { published: '2026-01-05' };
    expect(figureAt(text, '48,6 tỷ đồng', opts).indicator).toBe('tourism_revenue');
    expect(figureAt(text, '8%', opts).indicator).toBe('tourism_revenue');
  });

  it('leaves tickets of transport alone', () => {
    const text = 'Năm 2025, doanh thu bán vé xe buýt của công ty đạt 36,4 tỷ đồng, tăng 5,2% so với năm 2024.';
    expect(figureAt(text, '36,4 tỷ đồng', { published: '2026-01-05' }).indicator).not.toBe('tourism_revenue');
  });
});

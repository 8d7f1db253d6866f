// "Doanh thu lĩnh vực du lịch ước đạt 620 tỷ đồng": the tourism sector's takings named by its field are tourism revenue.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the revenue of the tourism field', () => {
  it('is tourism revenue', () => {
    expect(figureAt('Doanh thu lĩnh vực du lịch ước đạt 515 tỷ đồng, tăng 4,1%.', '515 tỷ đồng').indicator).toBe('tourism_revenue');
    expect(figureAt('Tổng doanh thu từ lĩnh vực du lịch đạt 96 tỷ đồng.', '96 tỷ đồng').indicator).toBe('tourism_revenue');
  });

  it('the revenue of another field is not', () => {
    expect(figureAt('Doanh thu lĩnh vực vận tải đạt 210 tỷ đồng.', '210 tỷ đồng').indicator).not.toBe('tourism_revenue');
  });
});

describe('the revenue of the resorts and sights', () => {
  it('is tourism revenue', () => {
    expect(figureAt('Thu ngân sách đạt 1.097,8 tỷ đồng; doanh thu từ các khu du lịch 840,6 tỷ đồng.', '840,6 tỷ đồng').indicator).toBe('tourism_revenue');
    expect(figureAt('Doanh thu các điểm du lịch đạt 12 tỷ đồng.', '12 tỷ đồng').indicator).toBe('tourism_revenue');
  });
});

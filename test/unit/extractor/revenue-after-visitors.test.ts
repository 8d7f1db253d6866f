// "đón 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng": a bare revenue named right after the visitors is what they
// brought, tourism revenue, whatever sector the paragraph spoke of before; a bare revenue after no visitors is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('revenue right after a count of visitors', () => {
  it('is tourism revenue even after a sentence on industry', () => {
    const text = 'Khu vực công nghiệp - xây dựng tăng 11,2%. Du lịch phục hồi mạnh với 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng.';
    expect(figureAt(text, '4.150 tỷ đồng').indicator).toBe('tourism_revenue');
  });

  it('so after "đón … lượt khách", with or without a verb before the revenue', () => {
    expect(figureAt('Năm 2024, tỉnh đón 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng.', '4.150 tỷ đồng').indicator).toBe('tourism_revenue');
    const text = 'Hoạt động du lịch sôi động, huyện đón trên 170.000 lượt khách, ước đạt doanh thu trên 60 tỷ đồng, tăng 12%.';
    expect(figureAt(text, '60 tỷ đồng').indicator).toBe('tourism_revenue');
    expect(figureAt(text, '12%').indicator).toBe('tourism_revenue');
  });

  it('so when a few words say what the visitors came for', () => {
    const text = 'Du lịch khởi sắc, thị xã đón 45.000 lượt khách, trong đó 2.000 khách đến tham quan, nghỉ dưỡng, ước đạt doanh thu 38 tỷ đồng.';
    expect(figureAt(text, '38 tỷ đồng').indicator).toBe('tourism_revenue');
    const other = 'Thị xã đón 45.000 lượt khách đến tham quan, vốn đầu tư hạ tầng du lịch đạt 38 tỷ đồng.';
    expect(figureAt(other, '38 tỷ đồng').indicator).not.toBe('tourism_revenue');
  });

  it('money after visitors that is no revenue, or revenue in the next sentence, is not theirs', () => {
    expect(figureAt('Khu du lịch đón 90.000 lượt khách, vốn đầu tư mở rộng 50 tỷ đồng.', '50 tỷ đồng').indicator).not.toBe('tourism_revenue');
    const text = 'Tỉnh đón 3,8 triệu lượt khách. Doanh thu của các doanh nghiệp chế biến đạt 4.150 tỷ đồng.';
    expect(figureAt(text, '4.150 tỷ đồng').indicator).not.toBe('tourism_revenue');
  });

  it('a firm\'s revenue in a sentence without visitors is not tourism revenue', () => {
    const text = 'Năm 2025, các doanh nghiệp chế biến tôm đạt doanh thu 4.150 tỷ đồng.';
    expect(figureAt(text, '4.150 tỷ đồng').indicator).not.toBe('tourism_revenue');
  });
});

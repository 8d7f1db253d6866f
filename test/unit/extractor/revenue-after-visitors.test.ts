// "đón 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng": a bare revenue named right after the visitors is what they
// brought, tourism revenue, whatever sector the paragraph spoke of before; a bare revenue after no visitors is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('revenue right after a count of visitors', () => {
  it('is tourism revenue even after a sentence on industry', () => {
    const text = 'Khu vực công nghiệp - xây dựng tăng 11,2%. Du lịch phục hồi mạnh với 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng.';
    expect(figureAt(text, '4.150 tỷ đồng').indicator).toBe('tourism_revenue');
  });

  it('a firm\'s revenue in a sentence without visitors is not tourism revenue', () => {
    const text = 'Năm 2025, các doanh nghiệp chế biến tôm đạt doanh thu 4.150 tỷ đồng.';
    expect(figureAt(text, '4.150 tỷ đồng').indicator).not.toBe('tourism_revenue');
  });
});

// Handouts counted by their own noun keep it whole: "150 suất học bổng", "200 xe đạp" are scholarships and bicycles,
// not any "suất" or "xe"; a bare "xe" (vehicles) stays "xe".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-06-01' };

describe('handout nouns kept whole', () => {
  it('counts scholarships and bicycles by their own noun', () => {
    const text = 'Dịp Tết Thiếu nhi, Hội Khuyến học huyện trao 320 suất học bổng và 45 xe đạp cho học sinh nghèo vượt khó.';
    expect(figureAt(text, '320', opts).unit).toBe('suất học bổng');
    expect(figureAt(text, '45', opts).unit).toBe('xe đạp');
  });

  it('leaves vehicles counted as "xe"', () => {
    const text = 'Trong tháng, lực lượng cảnh sát giao thông tạm giữ 126 xe vi phạm nồng độ cồn.';
    expect(figureAt(text, '126', opts).unit).toBe('xe');
  });
});

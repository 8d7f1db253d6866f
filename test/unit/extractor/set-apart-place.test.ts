// "…; riêng huyện Đồng Văn đón 412.000 lượt khách. Các làng văn hóa du lịch đã có 96 cơ sở homestay": a part set apart by
// "riêng" owns the rest of its sentence (its later ";" clauses too), and the sentences after go back to the whole.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-05' };
const LEAD = 'Du lịch 6 tháng\n\nTổng lượt khách đến tỉnh Lào Cai ước đạt 4,2 triệu lượt, tăng 11% so với cùng kỳ';

describe('a place set apart by "riêng"', () => {
  it('owns the rest of its sentence', () => {
    const text = `${LEAD}. Riêng thị xã Sa Pa đón 1,9 triệu lượt khách; công suất phòng bình quân đạt 72%.`;
    expect(figureAt(text, '1,9 triệu', OPTS).locality).toBe('thị xã Sa Pa');
    expect(figureAt(text, '72%', OPTS).locality).toBe('thị xã Sa Pa');
  });

  it('and no sentence after it', () => {
    const text = `${LEAD}; riêng thị xã Sa Pa đón 1,9 triệu lượt khách. Các điểm du lịch cộng đồng đã có 210 cơ sở lưu trú homestay.`;
    expect(figureAt(text, '210 cơ sở', OPTS).locality).toBe('tỉnh Lào Cai');
  });
});

describe('a place named plainly', () => {
  it('carries to the sentence after it', () => {
    const text = `${LEAD}. Thị xã Sa Pa đón 1,9 triệu lượt khách. Các điểm du lịch cộng đồng đã có 210 cơ sở lưu trú homestay.`;
    expect(figureAt(text, '210 cơ sở', OPTS).locality).toBe('thị xã Sa Pa');
  });
});

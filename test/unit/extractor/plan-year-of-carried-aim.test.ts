// "… 6 tháng cuối năm, thu ngân sách phải đạt 2.400 tỷ đồng. Các chủ đầu tư đẩy nhanh tiến độ, phấn đấu giải ngân trên 95%
// kế hoạch vốn năm 2025.": an aimed share followed by the plan's year, in a sentence that names no stretch of its own,
// aims at the year's plan by the year's end; the second half carried from the sentence before does not date it. A share
// whose own sentence names the stretch stays where the count should stand when it closes (plan-year-after-aimed-share.test.ts).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-09' };
const page = (aim: string) => `Huyện Yên Thành: 6 tháng đầu năm thu ngân sách đạt 58% dự toán

Sáu tháng đầu năm 2025, thu ngân sách trên địa bàn huyện đạt 312 tỷ đồng, bằng 58% dự toán năm.

Kết luận hội nghị, Chủ tịch UBND huyện yêu cầu 6 tháng cuối năm thu ngân sách phải đạt 230 tỷ đồng trở lên. ${aim}`;

describe('the plan\'s year after a share aimed at in a sentence naming no stretch', () => {
  it('dates the aim by the year', () => {
    const f = figureAt(page('Các chủ đầu tư đẩy nhanh tiến độ, phấn đấu giải ngân trên 95% kế hoạch vốn năm 2025.'), '95%', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025');
  });

  it('leaves an aim whose sentence names its quarter to that stretch', () => {
    const f = figureAt(page('Riêng quý III, phấn đấu giải ngân trên 70% kế hoạch vốn năm 2025.'), '70%', opts);
    expect(f.period).toBe('2025-9M');
  });
});

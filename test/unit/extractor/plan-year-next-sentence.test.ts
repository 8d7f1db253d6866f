// "… tổng thu ngân sách năm 2025 là 24.500 tỷ đồng. Tổng chi ngân sách địa phương là 21.870 tỷ đồng" (in December
// 2024): a year still ahead, named plainly in an earlier sentence of the paragraph, goes on dating its plan, which is
// a target. A horizon ("đến năm 2030"), or a sentence about the present ("hiện có"), does not carry it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-11' };

describe('a plan year named earlier in the paragraph', () => {
  const text = 'Theo Nghị quyết vừa được thông qua, tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2025 là 24.500 tỷ đồng. Tổng chi ngân sách địa phương là 21.870 tỷ đồng, trong đó chi đầu tư phát triển 8.950 tỷ đồng.';

  it('dates the next sentence\'s budget as that year\'s target', () => {
    const f = figureAt(text, '21.870 tỷ đồng', opts);
    expect([f.period, f.modality]).toEqual(['2025', 'target']);
  });

  it('and the part named after it', () => {
    expect(figureAt(text, '8.950 tỷ đồng', opts).period).toBe('2025');
  });

  it('a horizon "đến năm 2030" does not date the next sentence', () => {
    const f = figureAt('Tỉnh phấn đấu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới. Toàn tỉnh có 80 xã đạt chuẩn.', '80 xã', opts);
    expect([f.period, f.modality]).toEqual(['2024', 'actual']);
  });

  it('a sentence about the present keeps the report\'s year', () => {
    const f = figureAt('Dự toán thu ngân sách năm 2025 là 9.000 tỷ đồng. Toàn tỉnh hiện có 80 xã đạt chuẩn nông thôn mới.', '80 xã', opts);
    expect([f.period, f.modality]).toEqual(['2024', 'actual']);
  });
});

// A league table of places against their plan names the plan once: "Thị xã A thu 410 tỷ đồng, đạt 121,4% dự toán.
// Đứng thứ hai là huyện B với 365 tỷ đồng, đạt 108,9%; …". The later bare "đạt X%" is that place's share of the same plan,
// an attainment. A rate reaching its level, or a share of a whole named after it, stays a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bare "đạt X%" after places said to reach or miss a plan', () => {
  it('is an attainment of that plan', () => {
    const text = 'Thu ngân sách các huyện năm 2023\n\nThị xã Hương Thủy thu 410 tỷ đồng, đạt 121,4% dự toán. ' +
      'Đứng thứ hai là huyện Phú Vang với 365 tỷ đồng, đạt 108,9%; huyện Phong Điền đạt 96,2%.';
    const second = figureAt(text, '108,9%');
    expect([second.kind, second.base, second.locality]).toEqual(['attainment', 'target', 'huyện Phú Vang']);
    expect(figureAt(text, '96,2%').kind).toBe('attainment');
  });

  it('reads "không đạt dự toán" earlier in the sentence too', () => {
    const text = 'Thu ngân sách năm 2023\n\nCó 9 địa phương không đạt dự toán; thấp nhất là Bình Dương chỉ đạt 83,2%.';
    expect(figureAt(text, '83,2%').kind).toBe('attainment');
  });

  it('leaves a rate and a share of a named whole as levels', () => {
    const text = 'Kết quả năm 2023\n\nHuyện thu ngân sách đạt 112% dự toán. Tỷ lệ hộ dân dùng nước sạch đạt 95,1%; ' +
      'thu nội địa đạt 61,3% tổng thu.';
    expect(figureAt(text, '95,1%').kind).toBe('level');
    expect(figureAt(text, '61,3%').kind).toBe('level');
  });
});

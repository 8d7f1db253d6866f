// What is still missing to reach a plan ("thu ngân sách còn thiếu khoảng 1.850 tỷ đồng so với dự toán", "chỉ đạt 67% dự
// toán, còn thiếu 3,4 tỷ đồng", "chỉ đạt 41,7% dự toán, hụt 214 tỷ đồng") is how far the result falls below it: a change
// down, as "thấp hơn kế hoạch 1,5 điểm phần trăm" is. A shortage against a staffing norm ("còn thiếu 1.230 giáo viên so
// với định mức") stays the count it is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-12' };

describe('a shortfall against a plan is a change down', () => {
  it('"còn thiếu … so với dự toán" has the plan as its base', () => {
    const f = figureAt('Năm 2025, thu ngân sách nhà nước trên địa bàn huyện còn thiếu khoảng 96 tỷ đồng so với dự toán.', '96', opts);
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'down', 'target']);
  });

  it('a count short of the year\'s aim', () => {
    const f = figureAt('Toàn tỉnh có 41/87 xã đạt chuẩn nông thôn mới; còn thiếu 6 xã so với mục tiêu năm.', '6 xã', opts);
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'down', 'target']);
  });

  it('a gap right after a share of the plan', () => {
    const text = 'Thu tiền sử dụng đất năm 2025 chỉ đạt 58% dự toán, hụt 120 tỷ đồng; thu thuế chỉ đạt 71% kế hoạch, còn thiếu 8,2 tỷ đồng.';
    expect([figureAt(text, '120', opts).kind, figureAt(text, '120', opts).direction]).toEqual(['change', 'down']);
    expect([figureAt(text, '8,2', opts).kind, figureAt(text, '8,2', opts).direction]).toEqual(['change', 'down']);
  });

  it('a shortage against a norm stays a count', () => {
    const f = figureAt('Đến nay, toàn tỉnh còn thiếu 1.230 giáo viên so với định mức, chủ yếu ở bậc mầm non.', '1.230', opts);
    expect([f.kind, f.direction]).toEqual(['level', undefined]);
  });
});

// An audit's or an inspection's recommendations are named by kind: "kiến nghị xử lý tài chính 312,6 tỷ đồng, trong đó tăng
// thu 48,2 tỷ đồng, giảm chi 21,7 tỷ đồng" asks for that much more revenue and that much less spending; the sums are
// amounts, not moves. Revenue said to rise outside a recommendation ("thu ngân sách tăng 1.200 tỷ đồng") stays a change.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-08-20' };

describe('audit recommendations name amounts, not moves', () => {
  it('"tăng thu", "giảm chi" after "kiến nghị" are levels', () => {
    const text = 'Đoàn kiểm toán kiến nghị xử lý tài chính 95,4 tỷ đồng, trong đó tăng thu 12,6 tỷ đồng, giảm chi 8,1 tỷ đồng, xử lý khác 74,7 tỷ đồng.';
    const up = figureAt(text, '12,6', opts);
    const down = figureAt(text, '8,1', opts);
    expect([up.kind, up.direction, up.value]).toEqual(['level', undefined, 12_600_000_000]);
    expect([down.kind, down.direction]).toEqual(['level', undefined]);
  });

  it('a recommendation that opens the sentence', () => {
    const f = figureAt('Thanh tra tỉnh kiến nghị tăng thu ngân sách 3,2 tỷ đồng và kiểm điểm trách nhiệm các cá nhân liên quan.', '3,2', opts);
    expect([f.kind, f.direction]).toEqual(['level', undefined]);
  });

  it('revenue that rose stays a change', () => {
    const f = figureAt('Năm 2023, thu ngân sách của huyện tăng thu 45 tỷ đồng so với năm 2022 nhờ thu tiền sử dụng đất.', '45', opts);
    expect([f.kind, f.direction]).toEqual(['change', 'up']);
  });
});

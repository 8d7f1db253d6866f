// "thành lập trên cơ sở sáp nhập từ 3 xã: …", "sáp nhập Đảng bộ 3 xã …": where a new
// commune came from, or whose party bodies were merged, names parts rather than counting them; a count of communes
// that a merger verb does not lead stays a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('units after "sáp nhập từ" or "sáp nhập Đảng bộ"', () => {
  it('are named, not counted', () => {
    const text = 'Đại hội Đảng bộ xã Tân Kỳ\n\nXã Tân Kỳ được thành lập trên cơ sở sáp nhập từ 3 xã: Kỳ Sơn, Kỳ Tân và Tân Phú. Đảng bộ xã được thành lập trên cơ sở sáp nhập Đảng bộ 3 xã cũ, hiện có 1.012 đảng viên.';
    expectNoFigureAt(text, '3 xã:');
    expectNoFigureAt(text, '3 xã cũ');
  });

  it('a count of communes reaching a standard stays a figure', () => {
    const text = 'Tỉnh Nghệ An\n\nNăm 2025, sau sắp xếp, toàn tỉnh có 3 xã đạt chuẩn nông thôn mới kiểu mẫu.';
    expect(figureAt(text, '3 xã').value).toBe(3);
  });
});

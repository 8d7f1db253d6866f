// An inline list after a heading that names its base ("Một số sản phẩm chủ yếu 9 tháng so với cùng kỳ: …") measures the
// items signed bare against the number ("thép cán +8,4%; phân bón -3,2%") against that base, as it does the items
// signed in brackets ("(+8,4%)").
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('bare signs in an inline list under a base', () => {
  it('a bare plus and a bare minus take the heading\'s base and their own directions', () => {
    const text = 'Chỉ số sản xuất công nghiệp 9 tháng tăng 7,2%. Một số sản phẩm chủ yếu 9 tháng so với cùng kỳ: thép cán +8,4%; phân bón -3,2%; gạch nung +1,5%.';
    const up = figureAt(text, '8,4%');
    expect(up.kind).toBe('change');
    expect(up.direction).toBe('up');
    expect(up.base).toBe('same_period');
    const down = figureAt(text, '3,2%');
    expect(down.direction).toBe('down');
    expect(down.base).toBe('same_period');
  });

  it('a heading that names no base gives its signed items none', () => {
    const text = 'Chỉ số sản xuất công nghiệp 9 tháng tăng 7,2%. Một số sản phẩm chủ yếu 9 tháng: thép cán +8,4%; phân bón -3,2%.';
    expect(figureAt(text, '8,4%').base).toBeUndefined();
  });

  it('a range joined by a spaced dash is no sign', () => {
    const text = 'Một số chỉ tiêu năm 2025 so với năm 2024: thu nhập bình quân tăng 6 - 8%; giá trị sản xuất tăng 7,5%.';
    const range = figureAt(text, '6 - 8%');
    expect(range.value).toBe(6);
    expect(range.high).toBe(8);
  });
});

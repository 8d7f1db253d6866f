// "tăng 84 xã so với đầu nhiệm kỳ": measured against the year the term opened, which the spec writes as a year base.
// At the congress of a term opening in the year of publication, the term reviewed is the one just run. Written after
// holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('"so với đầu nhiệm kỳ" as a base', () => {
  it('at the new term\'s congress, is the year the term just run opened', () => {
    const text = 'Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVIII, nhiệm kỳ 2025 - 2030 khai mạc sáng 14/10.\n\n' +
      'Đến hết tháng 6/2025, toàn tỉnh có 120/151 xã đạt chuẩn nông thôn mới, tăng 38 xã so với đầu nhiệm kỳ.';
    expect(figureAt(text, '38 xã', { published: '2025-10-16' }).base).toBe('2020');
  });

  it('in the middle of a term, is the year the running term opened', () => {
    const text = 'Sơ kết giữa nhiệm kỳ 2020 - 2025 của Đảng bộ huyện.\n\nĐến nay, huyện có 15/18 xã đạt chuẩn nông thôn mới, tăng 6 xã so với đầu nhiệm kỳ.';
    expect(figureAt(text, '6 xã', { published: '2023-06-20' }).base).toBe('2020');
  });

  it('without any party term in the text, gives no base', () => {
    const text = 'Đến nay, huyện có 15/18 xã đạt chuẩn nông thôn mới, tăng 6 xã so với đầu nhiệm kỳ.';
    expect(figureAt(text, '6 xã', { published: '2023-06-20' }).base).toBeUndefined();
  });

  it('"so với đầu năm" stays the end of the year before', () => {
    const text = 'Sơ kết giữa nhiệm kỳ 2020 - 2025 của Đảng bộ huyện.\n\nNăm 2023, toàn huyện có 2.140 hộ nghèo, giảm 310 hộ so với đầu năm.';
    expect(figureAt(text, '310 hộ', { published: '2023-12-20' }).base).toBe('2022');
  });
});

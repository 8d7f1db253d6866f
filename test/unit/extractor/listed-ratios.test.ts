// Ratios listed before one counted noun ("lần lượt có 9/9, 7/7 và 4/5 xã") are ratios of that noun, even those that
// alone would read as a day and a month; days listed before a plain noun stay dates.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('ratios listed before one counted noun', () => {
  const text = 'Đến nay, huyện Sơn Hà, huyện Ba Tơ và huyện Minh Long lần lượt có 9/9, 7/7 và 4/5 xã đạt chuẩn nông thôn mới.';

  it('reads each item as a ratio of the noun after the last', () => {
    const first = figureAt(text, '9/9');
    expect([first.kind, first.value, first.of, first.unit]).toEqual(['ratio', 9, 9, 'xã']);
    const second = figureAt(text, '7/7');
    expect([second.kind, second.value, second.of, second.unit]).toEqual(['ratio', 7, 7, 'xã']);
  });

  it('hands each ratio to its place in the "lần lượt" list', () => {
    expect(figureAt(text, '9/9').locality).toBe('huyện Sơn Hà');
    expect(figureAt(text, '7/7').locality).toBe('huyện Ba Tơ');
    expect(figureAt(text, '4/5').locality).toBe('huyện Minh Long');
  });
});

describe('days listed one after another', () => {
  it('stay dates before a plain noun', () => {
    const text = 'Các ngày 30/4, 1/5 và 2/9 hằng năm, tỉnh tổ chức nhiều hoạt động văn hóa.';
    expectNoFigureAt(text, '30/4');
    expectNoFigureAt(text, '1/5');
  });

  it('stay dates when the last one carries a year', () => {
    const text = 'Đoàn kiểm tra làm việc vào các ngày 10/10, 8/11 và 5/12/2024 tại 6 xã.';
    expectNoFigureAt(text, '10/10');
    expectNoFigureAt(text, '8/11');
  });
});

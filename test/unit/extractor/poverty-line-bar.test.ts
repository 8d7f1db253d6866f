// "Tỷ lệ hộ nghèo theo chuẩn của tỉnh (thu nhập dưới 50 triệu đồng/người/năm) còn 0,15%": the income in a bracket that
// defines a poverty standard is the standard's line, no income reached; the rate after it is the figure. An income per
// head reported as such stays a figure.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const opts = { published: '2023-12-28' };

describe('the income line a poverty standard is defined by', () => {
  it('is no figure', () => {
    const text = 'Tỷ lệ hộ nghèo theo chuẩn của tỉnh (thu nhập dưới 50 triệu đồng/người/năm) còn 0,15%. Tỷ lệ hộ cận nghèo theo chuẩn nghèo đa chiều (thu nhập bình quân từ 2,5 triệu đồng/người/tháng trở xuống) là 0,4%.';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['0,15%', '0,4%']);
  });

  it('an income reported is a figure', () => {
    const text = 'Thu nhập bình quân đầu người (theo giá hiện hành) đạt 78 triệu đồng/người/năm.';
    expect(figureAt(text, '78 triệu đồng', opts).indicator).toBe('income_per_capita');
  });
});

// Statistics releases run product lists inline under a legend: "Một số sản phẩm chủ yếu 9 tháng tăng, giảm so với cùng
// kỳ: điện sản xuất đạt 9.120 triệu kWh, tăng 16,4%; chè chế biến 26.800 tấn, giảm 2,3%". Naming both directions, the
// words before the colon say what each change after it is measured against.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06' };
const HEAD = 'Sản xuất công nghiệp 9 tháng\n\n';

describe('a legend naming both directions', () => {
  it('verb changes after "tăng, giảm so với cùng kỳ:" are against the same period', () => {
    const text = `${HEAD}Một số sản phẩm chủ yếu 9 tháng tăng, giảm so với cùng kỳ: điện sản xuất đạt 9.120 triệu kWh, tăng 16,4%; chè chế biến 26.800 tấn, giảm 2,3%.`;
    expect(figureAt(text, '16,4%', OPTS).base).toBe('same_period');
    expect(figureAt(text, '2,3%', OPTS).base).toBe('same_period');
  });

  // A heading naming one direction and a base is a legend too, for the items going that way: one-way-inline-heading.
  it('a heading that names a direction but no base leaves a verb its own comparison', () => {
    const text = `${HEAD}Một số sản phẩm chủ yếu tăng, giảm: điện sản xuất đạt 9.120 triệu kWh, tăng 16,4%.`;
    expect(figureAt(text, '16,4%', OPTS).base).toBeUndefined();
  });
});

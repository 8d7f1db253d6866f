// A percentage after "thấp/cao hơn <plan>" is the plan's own value ("đạt 6,1%, thấp hơn mục tiêu 6,5%") unless that
// reading cannot be: after an amount, or below a rate said to be lower; then it is how far the result is from the plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2018-12-20' };

describe('a percentage that cannot be the plan compared with', () => {
  it('after an amount, a rise beyond the plan', () => {
    const f = figureAt('Năm 2018, thu ngân sách trên địa bàn huyện đạt 86 tỷ đồng, cao hơn kế hoạch 12%.', '12%', opts);
    expect([f.kind, f.direction, f.base, f.status, f.modality]).toEqual(['change', 'up', 'target', 'exceeded', 'actual']);
  });

  it('below a rate said to be lower, a fall short of the plan', () => {
    const f = figureAt('Năm 2018, tỷ lệ hộ nghèo của huyện giảm còn 21,4%, thấp hơn kế hoạch 1,5%.', '1,5%', opts);
    expect([f.kind, f.direction, f.base]).toEqual(['change', 'down', 'target']);
  });

  it('above the rate, still the plan\'s own value', () => {
    const f = figureAt('Năm 2018, tỷ lệ lao động qua đào tạo đạt 58%, thấp hơn kế hoạch 60%.', '60%', opts);
    expect([f.kind, f.modality]).toEqual(['level', 'target']);
  });

  it('after a bracket of years, the plan compared with the average', () => {
    const f = figureAt('Tăng trưởng bình quân 5,2%/năm (năm 2017 tăng 3%, năm 2018 tăng 7,4%), thấp hơn kế hoạch 6,5%.', '6,5%', opts);
    expect([f.kind, f.modality]).toEqual(['level', 'target']);
  });
});

// Points written straight after a plan a comparative names ("thấp hơn chỉ tiêu 0,6 điểm phần trăm") are the figure's
// distance from the plan; a percentage there ("thấp hơn mục tiêu 6,5%") is still the plan's own value.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-09' };

describe('points after "thấp/cao hơn <plan>"', () => {
  it('are a fall below the plan, a result', () => {
    const f = figureAt('Tỷ lệ tham gia bảo hiểm y tế năm 2024 đạt 93,9%, thấp hơn chỉ tiêu 0,6 điểm phần trăm.', '0,6 điểm phần trăm', opts);
    expect([f.kind, f.direction, f.base, f.modality]).toEqual(['change', 'down', 'target', 'actual']);
  });

  it('are a rise beyond the plan', () => {
    const f = figureAt('Tỷ lệ lao động qua đào tạo năm 2024 đạt 71,2%, cao hơn kế hoạch 1,2 điểm phần trăm.', '1,2 điểm phần trăm', opts);
    expect([f.kind, f.direction, f.base, f.status]).toEqual(['change', 'up', 'target', 'exceeded']);
  });
});

describe('a percentage after "thấp hơn <plan>"', () => {
  it('is the plan\'s own value', () => {
    const f = figureAt('Tăng trưởng GRDP năm 2024 ước đạt 6,1%, thấp hơn mục tiêu 6,5%.', '6,5%', opts);
    expect([f.kind, f.modality]).toEqual(['level', 'target']);
  });
});

// "thấp hơn so kế hoạch đề ra gần 2 điểm %", "cao hơn kế hoạch đề ra 15%": "đề ra" closes a plan the result is compared
// with; it does not make the gap a target.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2017-12-21' };

describe('a plan "đề ra" that a comparative names', () => {
  it('after "thấp hơn so", the gap is a result', () => {
    const f = figureAt('Năm 2017, tỷ lệ hộ nghèo giảm còn 12,3%, thấp hơn so kế hoạch đề ra 0,8 điểm %.', '0,8 điểm %', opts);
    expect(f.modality).toBe('actual');
  });

  it('after "cao hơn", the gap is a result', () => {
    const f = figureAt('Năm 2017, tỷ lệ trường đạt chuẩn quốc gia đạt 64%, cao hơn kế hoạch đề ra 4 điểm %.', '4 điểm %', opts);
    expect(f.modality).toBe('actual');
  });

  it('a plan "đề ra" stated outright still sets a target', () => {
    const f = figureAt('Kế hoạch đề ra năm 2018 tỷ lệ hộ nghèo giảm còn 10%.', '10%', opts);
    expect(f.modality).toBe('target');
  });
});

// "thu ngân sách đạt 61,6% kế hoạch (792,9 tỷ/1.287,4 tỷ đồng)": the sum collected out of the plan's sum, the scale
// written on both sides and the unit once. One ratio, and it is what was done, not the plan's value.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-07-12' };

describe('a sum out of its whole with the scale written twice', () => {
  it('is one ratio in đồng with both sums', () => {
    const text = 'Sáu tháng đầu năm 2024, thu ngân sách của huyện được 415,2 tỷ/830 tỷ đồng.';
    const f = figureAt(text, '415,2 tỷ', OPTS);
    expect(f).toMatchObject({ kind: 'ratio', text: '415,2 tỷ/830 tỷ đồng', value: 415_200_000_000, of: 830_000_000_000, unit: 'VND' });
    expect(figuresIn(text, OPTS)).toHaveLength(1);
  });

  it('in brackets after the share of a plan it is the result, not the plan', () => {
    const text = 'Sáu tháng đầu năm 2024, thu ngân sách đạt 50,2% kế hoạch (415,2 tỷ/827 tỷ đồng).';
    const f = figureAt(text, '415,2 tỷ', OPTS);
    expect(f).toMatchObject({ kind: 'ratio', modality: 'actual', period: '2024-H1', indicator: 'budget_revenue' });
  });

  it('a plan\'s own value in brackets stays the plan', () => {
    const text = 'Sáu tháng đầu năm 2024, thu ngân sách đạt 50,2% kế hoạch (827 tỷ đồng).';
    expect(figureAt(text, '827 tỷ', OPTS).modality).toBe('target');
  });

  it('two scales that differ are no ratio of sums', () => {
    const text = 'Giá trị xuất khẩu đạt 12 triệu/3 tỷ đồng.';
    expect(figuresIn(text, OPTS).some((f) => f.kind === 'ratio')).toBe(false);
  });
});

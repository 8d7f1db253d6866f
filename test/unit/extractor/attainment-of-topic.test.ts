// "Huyện A thu 3.215 tỷ đồng, … ¶ Ở chiều ngược lại, thị xã B chỉ đạt 78,4% dự toán, huyện C đạt 84,2%": a share of a plan
// in a paragraph that names no measure is a share of the amount the text was speaking of (the revenue), as a change in
// per cent would be. A bare level in per cent there still takes only a rate.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (second: string) => 'Thu ngân sách các huyện năm 2023\n\nHuyện Đức Hòa thu ngân sách 3.215 tỷ đồng, đứng đầu tỉnh.\n\n' + second;

describe('a share of a plan in a paragraph that names no measure', () => {
  it('is a share of the amount the text was speaking of', () => {
    const text = page('Ở chiều ngược lại, thị xã Kiến Tường chỉ đạt 78,4% dự toán, huyện Tân Hưng đạt 84,2%.');
    const f = figureAt(text, '78,4%');
    expect([f.kind, f.indicator]).toEqual(['attainment', 'budget_revenue']);
  });

  it('leaves a bare level in per cent without an indicator', () => {
    const text = page('Ở chiều ngược lại, thị xã Kiến Tường chiếm 6,1%.');
    expect(figureAt(text, '6,1%').indicator).toBeUndefined();
  });
});

// "Tỷ lệ hộ nghèo giảm còn 2,68%, thấp hơn chỉ tiêu kế hoạch được giao (2,75%)", "Tỷ lệ đô thị hóa đạt 48%, chỉ tiêu
// nghị quyết là 60%": papers set a rate beside its plan's value in the next clause. The plan's value measures the same
// rate (a target of it), not a count of resolution targets. Pattern from real provincial poverty-review pages; a
// written corpus (holdout4) annotates it the same way.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-20' };

describe('a clause that opens on the plan gives its value the rate named before it', () => {
  it('"…, chỉ tiêu nghị quyết là X%"', () => {
    const text = 'Tỷ lệ che phủ rừng hiện đạt 41,5%, chỉ tiêu nghị quyết là 43%.';
    expectFigure(text, '43%', { indicator: 'forest_cover', modality: 'target' }, pub);
  });
  it('"…, thấp hơn chỉ tiêu kế hoạch được giao (X%)"', () => {
    const text = 'Tỷ lệ hộ cận nghèo giảm còn 3,9%, thấp hơn chỉ tiêu kế hoạch được giao (4,2%).';
    expectFigure(text, '4,2%', { indicator: 'near_poverty_rate' }, pub);
  });
});

describe('what stays a count of targets', () => {
  it('a count of targets reached keeps its own indicator', () => {
    const text = 'Tỷ lệ hộ nghèo giảm còn 2,1%; toàn tỉnh có 18/21 chỉ tiêu đạt và vượt kế hoạch.';
    expectFigure(text, '18/21 chỉ tiêu', { indicator: 'resolution_targets' }, pub);
  });
  it('a share of targets counted in the clause is not moved to the rate', () => {
    const text = 'Tỷ lệ hộ nghèo giảm còn 2,1%, đến nay có 9 chỉ tiêu đạt từ 80% trở lên.';
    expectFigure(text, '80%', { indicator: 'resolution_targets' }, pub);
  });
});

// "Sản xuất vụ xuân đạt 100,1% kế hoạch (tăng 2,3% so với cùng kỳ)" (a real district report): after a share of the plan,
// a bracket that opens on a change verb is how the amount moved, not the plan's own value. After a figure that falls
// short of a plan ("thấp hơn kế hoạch (tăng 8%)"), the bracket still holds the plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-07-12' };
const LEAD = 'Kinh tế 6 tháng\n\n6 tháng đầu năm 2023, kinh tế của huyện phát triển ổn định. ';

describe('a change in brackets after a share of the plan', () => {
  it('is an actual change of the report\'s period', () => {
    const text = `${LEAD}Sản xuất vụ xuân đạt 101,4% kế hoạch (tăng 3,1% so với cùng kỳ).`;
    const f = figureAt(text, '3,1%', OPTS);
    expect(f.modality).toBe('actual');
    expect(f.period).toBe('2023-H1');
    expect(f.base).toBe('same_period');
  });
});

describe('a bracket after a plan a figure is measured against', () => {
  it('holds the plan', () => {
    const text = `${LEAD}Tăng trưởng kinh tế đạt 6,2%, thấp hơn kế hoạch (tăng 8%).`;
    expect(figureAt(text, '8%', OPTS).modality).toBe('target');
  });
});

// "GRDP 6 tháng ước tăng 6,9%, thấp hơn kịch bản đề ra (7,5%)": a rate said to fall short of (or beat) the plan, with the
// plan's rate in brackets right after, is measured against the plan for the same stretch, as "so với kịch bản (7,5%)"
// is: the bracket is the half-year's scenario, not the year's plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-05' };
const lead = 'Theo báo cáo của UBND tỉnh, tăng trưởng kinh tế (GRDP) 6 tháng đầu năm 2024 ước tăng 6,9% so với cùng kỳ, ';

describe('the plan in brackets after a rate said to fall short of it', () => {
  it('is the plan for the same stretch', () => {
    const f = figureAt(`${lead}thấp hơn kịch bản đề ra (7,5%).`, '7,5%', opts);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2024-H1');
  });

  it('also when the figure beats it', () => {
    expect(figureAt(`${lead}cao hơn kịch bản tăng trưởng (6,2%).`, '6,2%', opts).period).toBe('2024-H1');
  });

  it('leaves a plan amount beside a running total the year\'s', () => {
    const text = 'Thu ngân sách 6 tháng đầu năm 2024 đạt 3.120 tỷ đồng (KH 6.500 tỷ đồng), bằng 48% dự toán.';
    expect(figureAt(text, '6.500', opts).period).toBe('2024');
  });
});

// "GRDP 6 tháng ước tăng 7,1%, thấp hơn kịch bản tăng trưởng đề ra cho 6 tháng đầu năm (7,8%)": the bare rate in the
// bracket after a plan set for a stretch is that plan's value for the stretch, a target of the half, not the whole year.
// A bracket after a year-ago comparison stays that year's result.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-06' };

describe('a plan set for a stretch, its rate in brackets', () => {
  it('is a target of that stretch', () => {
    const text = 'GRDP 6 tháng đầu năm 2025 ước tăng 7,1% so với cùng kỳ, thấp hơn kịch bản tăng trưởng đề ra cho 6 tháng đầu năm (7,8%).';
    expectFigure(text, '7,8%', { modality: 'target', period: '2025-H1', indicator: 'grdp_growth' }, pub);
  });
  it('leaves last year\'s rate in brackets a result', () => {
    const text = 'GRDP 6 tháng đầu năm 2025 ước tăng 7,1% so với cùng kỳ, cao hơn cùng kỳ năm trước (6,4%).';
    expectFigure(text, '6,4%', { modality: 'actual' }, pub);
  });
});

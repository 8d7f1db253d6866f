// "Các dự án giải ngân dưới 50% sẽ bị điều chuyển vốn", "Các huyện có tỷ lệ thu dưới 60% phải có kế hoạch …": a bar that
// brings a sanction or a duty on those under it is a rule's threshold, not a result. A rate reached, then a clause of
// its own that opens with "phải", stays a figure. Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'tỉnh Phú Thọ' };

describe('a bar followed by its sanction', () => {
  it('"dưới 50% sẽ bị điều chuyển" and "dưới 60% phải có kế hoạch" are thresholds', () => {
    expectNoFigureAt('Các dự án đến ngày 15/11 giải ngân dưới 50% sẽ bị điều chuyển vốn cho dự án khác.', '50%', opts);
    expectNoFigureAt('Các huyện có tỷ lệ thu dưới 60% phải có kế hoạch đấu giá đất cụ thể.', '60%', opts);
  });

  it('a rate reached, then ", phải …", is a figure', () => {
    expectFigure('Tỷ lệ hộ nghèo giảm còn dưới 2%, phải tiếp tục giữ vững.', '2%', { indicator: 'poverty_rate', bound: 'under' }, opts);
  });
});

// "…, đạt 86,5% kế hoạch, cao hơn cùng kỳ năm 2024 là 14,2 điểm phần trăm": the comparative names its base (the same
// period) and "là" only hands over the amount, as it does after "cùng vụ" or a year. A sentence that only states the
// same period's own value ("cùng kỳ năm 2024 là 72,3%") compares nothing.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-12-10' };

describe('a comparative, the same period, then "là" and the amount', () => {
  it('is a change against the same period', () => {
    expectFigure('Tỷ lệ giải ngân đạt 86,5% kế hoạch, cao hơn cùng kỳ năm 2024 là 14,2 điểm phần trăm.', '14,2 điểm phần trăm',
      { kind: 'change', direction: 'up', base: 'same_period' }, opts);
    expectFigure('Tỷ lệ giải ngân đạt 61%, thấp hơn cùng kỳ năm trước là 2,1 điểm phần trăm.', '2,1 điểm phần trăm',
      { kind: 'change', direction: 'down', base: 'same_period' }, opts);
  });
  it('the same period\'s own value after "là" is no change against it', () => {
    expectFigure('Tỷ lệ giải ngân đạt 86,5%; cùng kỳ năm 2024 là 72,3%.', '72,3%', { kind: 'level', base: undefined }, opts);
  });
});

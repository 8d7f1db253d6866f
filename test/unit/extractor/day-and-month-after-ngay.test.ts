// "Các dự án đến ngày 15/11 giải ngân dưới 50%": after "ngày" a day and a month is a date even when the next word could
// be a counted noun ("giải" as in prizes). Found by holdout33.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-10-08', locality: 'tỉnh Phú Thọ' };

describe('a day and a month after "ngày"', () => {
  it('"đến ngày 15/11 giải ngân" is a date, not a ratio of prizes', () => {
    expectNoFigureAt('Các dự án đến ngày 15/11 giải ngân dưới 50% sẽ bị điều chuyển vốn.', '15/11', opts);
  });

  it('the same numbers without "ngày" before them count prizes', () => {
    expectFigure('Đoàn giành 8/12 giải thưởng của hội thi.', '8/12', { kind: 'ratio', value: 8, of: 12 }, opts);
  });
});

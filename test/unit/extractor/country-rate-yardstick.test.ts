// "CPI bình quân 7 tháng tăng 3,16% so với cùng kỳ, cao hơn mức tăng chung của cả nước (3,12%)": a yardstick that names
// a rate of change ("mức tăng", "tốc độ tăng") holds the country's change, against the base of the figure beside it.
// The economy's growth beside GRDP stays the level the corpora read (holdout3, holdout5). Found by holdout42/007, and
// seen in holdout36/005 ("thấp hơn mức tăng bình quân chung của cả nước (3,78%)").
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-11-06' };

describe('the country\'s rate of change as a yardstick', () => {
  it('"cao hơn mức tăng chung của cả nước (2,9%)" after a CPI change is the country\'s change', () => {
    const text = 'Bình quân 10 tháng năm 2024, CPI của tỉnh tăng 3,41% so với cùng kỳ, cao hơn mức tăng chung của cả nước (2,9%).';
    expectFigure(text, '2,9%', { kind: 'change', direction: 'up', base: 'same_period', locality: 'cả nước' }, opts);
  });
  it('the country\'s GRDP growth in the same words stays a level', () => {
    const text = 'Chín tháng năm 2024, GRDP của tỉnh tăng 7,1% so với cùng kỳ, cao hơn mức tăng chung của cả nước (6,82%).';
    expectFigure(text, '6,82%', { kind: 'level', direction: undefined, base: undefined, locality: 'cả nước' }, opts);
  });
});

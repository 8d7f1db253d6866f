// "Từ đầu tháng 7 đến nay, giá heo hơi … liên tục giảm" in a page published in July: the stretch has not left the
// month, so it is that month and frames the page, as a weekly report's week does. A month before the page's own opens a
// stretch that runs on to the present and dates nothing (month-opening-stretch-to-now.test.ts).
// Found by holdout39/006 (a pig-price page).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const july = { published: '2023-07-12' };

describe('a stretch from the start of the month of publication to now', () => {
  it('dates the lead and the paragraphs after it by that month', () => {
    const text = 'Giá heo hơi giảm sâu\n\nTừ đầu tháng 7 đến nay, giá heo hơi trên địa bàn tỉnh liên tục giảm, hiện ở mức 52.000 - 54.000 đồng/kg.\n\n' +
      'Tại huyện Mỹ Xuyên, giá heo hơi là 53.000 đồng/kg.';
    expectFigure(text, '52.000 - 54.000 đồng/kg', { period: '2023-M07' }, july);
    expectFigure(text, '53.000 đồng/kg', { period: '2023-M07' }, july);
  });
  it('a month before the page\'s own still dates nothing', () => {
    const text = 'Giá heo hơi giảm sâu\n\nTừ đầu tháng 5 đến nay, giá heo hơi trên địa bàn tỉnh liên tục giảm, hiện ở mức 52.000 - 54.000 đồng/kg.';
    expectFigure(text, '52.000 - 54.000 đồng/kg', { period: '2023' }, july);
  });
});

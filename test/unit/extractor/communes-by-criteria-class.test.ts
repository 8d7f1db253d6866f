// "có 31 xã đạt chuẩn nông thôn mới, 12 xã đạt 15 - 18 tiêu chí và không có xã đạt dưới 10 tiêu chí": communes sorted
// into classes by the criteria they meet; the number of criteria names the class. One commune's criteria ("xã Tân Hội
// đạt 17/19 tiêu chí") and an average ("bình quân đạt 16,4 tiêu chí/xã") stay figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2022-11-20', locality: 'huyện Long Hồ' };

describe('criteria that sort counted communes', () => {
  it('are no figures; the counts of communes are', () => {
    const text = 'Đến nay, huyện có 31 xã đạt chuẩn nông thôn mới, 12 xã đạt 15 - 18 tiêu chí và không có xã đạt dưới 10 tiêu chí.';
    expectNoFigureAt(text, '15 - 18 tiêu chí', opts);
    expectNoFigureAt(text, '10 tiêu chí', opts);
    expect(figureAt(text, '12 xã', opts).value).toBe(12);
  });

  it("leave one commune's criteria", () => {
    expect(figureAt('Đến nay, xã Tân Hội đạt 17/19 tiêu chí nông thôn mới.', '17/19', opts).of).toBe(19);
  });
});

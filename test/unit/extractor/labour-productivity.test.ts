// "Tốc độ tăng năng suất lao động xã hội bình quân đạt khoảng 7%/năm": resolutions and national reports name labour
// productivity with the same word a harvest report uses for rice yield ("năng suất"). Labour productivity, and the
// "năng suất nhân tố tổng hợp" (TFP), are no crop's yield. Pattern from real national and provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-10' };

describe('labour productivity is no rice yield', () => {
  it('the growth of labour productivity', () => {
    expectFigure('Tốc độ tăng năng suất lao động xã hội bình quân đạt khoảng 6,5%/năm.', '6,5%', { indicator: undefined }, pub);
  });
  it('the productivity of all factors (TFP)', () => {
    expectFigure('Năng suất nhân tố tổng hợp (TFP) tăng bình quân 2,1%/năm.', '2,1%', { indicator: undefined }, pub);
  });
});

describe('what stays a rice yield', () => {
  it('"năng suất" of a harvest in tạ/ha', () => {
    expectFigure('Vụ Hè Thu, năng suất bình quân đạt 58,2 tạ/ha, tăng 1,1 tạ/ha.', '58,2 tạ/ha', { indicator: 'rice_yield' }, pub);
  });
  it('a yield beside the farm workers who brought it in', () => {
    expectFigure('Năng suất lúa đạt 61 tạ/ha nhờ cơ giới hóa.', '61 tạ/ha', { indicator: 'rice_yield' }, pub);
  });
});

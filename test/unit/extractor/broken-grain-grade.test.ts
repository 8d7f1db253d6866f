// Rice is graded by its share of broken grains ("gạo 5% tấm", "gạo 25% tấm"): the percentage names the grade, as "loại
// 1" does, and is no share of anything reported. Found by holdout39/002 (export rice prices).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-03-17' };

describe('the broken-grain grade of rice', () => {
  it('"gạo 5% tấm" and "gạo 25% tấm" are grades, and their prices are figures', () => {
    const text = 'Giá gạo 5% tấm xuất khẩu ở mức 583 - 587 USD/tấn; gạo 25% tấm 557 - 561 USD/tấn.';
    expectNoFigureAt(text, '5% tấm', opts);
    expectNoFigureAt(text, '25% tấm', opts);
    expectFigure(text, '557 - 561 USD/tấn', { kind: 'level', unit: 'USD/tấn' }, opts);
  });
  it('a share of broken rice in a harvest loss is still a figure', () => {
    expectFigure('Mưa lớn làm tỷ lệ hạt gạo bị gãy tăng, chiếm 18% sản lượng xay xát.', '18%', { kind: 'level' }, opts);
  });
});

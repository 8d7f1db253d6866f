// Statistics releases chain changes: "giảm 2,9% về số doanh nghiệp, tăng 11,1% về vốn đăng ký và giảm 17% về số lao
// động so với cùng kỳ năm trước" measures every link against the base at its end. A count joined by "và" after a
// percentage ("tăng 19,7% và hơn 18.700 doanh nghiệp quay trở lại hoạt động") is a new item, not a rise.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2022-11-05' };

describe('a chain of changes', () => {
  it('shares the base at its end', () => {
    const text = 'Tính chung 10 tháng, cả nước có 111,2 nghìn doanh nghiệp thành lập mới, giảm 2,9% về số doanh nghiệp, tăng 11,1% về vốn đăng ký và giảm 17% về số lao động so với cùng kỳ năm trước.';
    expectFigure(text, '2,9%', { kind: 'change', direction: 'down', base: 'same_period' }, opts);
    expectFigure(text, '11,1%', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
  });
  it('does not reach a change in another clause', () => {
    const text = 'Vốn đăng ký tăng 11,1%; số lao động giảm 17% so với cùng kỳ năm trước.';
    expectFigure(text, '11,1%', { kind: 'change', base: undefined }, opts);
  });
  it('a count after a percentage and "và" is its own level', () => {
    const text = 'Có hơn 73.400 doanh nghiệp mới thành lập, tăng 19,7% và hơn 18.700 doanh nghiệp quay trở lại hoạt động, tăng 65,1%.';
    expectFigure(text, '18.700', { kind: 'level', direction: undefined }, opts);
  });
});

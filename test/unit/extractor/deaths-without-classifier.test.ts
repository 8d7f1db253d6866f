// "Từ đầu năm, cả nước ghi nhận 12.400 ca mắc sốt xuất huyết, 110 tử vong": health pages count deaths right after the
// cases without "ca" or "người". The count is a figure like the cases before it. Pattern from real health pages
// (the session-7 list of misses).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2025-09-15' };

describe('deaths counted without a classifier are a figure', () => {
  it('after the cases of a disease', () => {
    const text = 'Từ đầu năm đến nay, toàn tỉnh ghi nhận 1.240 ca mắc sốt xuất huyết, 3 tử vong.';
    expectFigure(text, '3 tử vong', { kind: 'level', value: 3, unit: 'tử vong' }, pub);
  });
});

describe('what stays as it was', () => {
  it('a death rate is no count', () => {
    expectNoFigureAt('Tỷ lệ tử vong do bệnh dại vẫn ở mức cao.', 'tử vong', pub);
  });
  it('"ca tử vong" keeps its longer name', () => {
    expectFigure('Toàn tỉnh có 2 ca tử vong do bệnh dại.', '2 ca tử vong', { unit: 'ca tử vong' }, pub);
  });
});

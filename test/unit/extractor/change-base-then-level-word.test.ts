// "Nhóm nhà ở, điện, nước cũng tăng so với tháng trước với mức 0,84%": the verb of change, then its base, then the
// amount handed over by "với mức". The amount is the change against that base, as in "tăng so với cùng kỳ khoảng 10%".
// Pattern from a real CPI page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-05-05' };

describe('"tăng/giảm so với <base> với mức X" is a change against that base', () => {
  it('a rise against the month before', () => {
    const text = 'Nhóm đồ uống và thuốc lá cũng tăng so với tháng trước với mức 0,42%.';
    expectFigure(text, '0,42%', { kind: 'change', direction: 'up', base: 'previous_period' }, pub);
  });
  it('a fall against the same period', () => {
    const text = 'Lượng khách lưu trú giảm so với cùng kỳ với mức 3,8%.';
    expectFigure(text, '3,8%', { kind: 'change', direction: 'down', base: 'same_period' }, pub);
  });
});

describe('what stays a level', () => {
  it('"với mức" with no change before it', () => {
    expectFigure('Doanh nghiệp đăng ký thành lập với mức vốn 5 tỷ đồng.', '5 tỷ đồng', { kind: 'level' }, pub);
  });
});

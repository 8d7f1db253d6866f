// "tăng so với cùng kỳ 12%", "giảm so với vụ trước 3.200 tấn", "tăng so với năm 2023 là 12%": the verb, then the base,
// then the amount. The amount is the change against that base, as "tăng 12% so với cùng kỳ" would be. "năm ngoái" is
// the year before, as "năm trước" is.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-03-10' };

describe('a change whose base stands between the verb and the amount', () => {
  it('reads the amount as the change against that base', () => {
    expectFigure('Thu ngân sách quý I đạt 500 tỷ đồng, tăng so với cùng kỳ 12%.', '12%', { kind: 'change', direction: 'up', base: 'same_period' }, opts);
    expectFigure('Sản lượng lúa vụ Đông Xuân giảm so với vụ trước 3.200 tấn.', '3.200 tấn', { kind: 'change', direction: 'down', base: 'previous_period' }, opts);
    expectFigure('Thu ngân sách năm 2024 tăng so với năm 2023 là 12%.', '12%', { kind: 'change', direction: 'up', base: '2023' }, opts);
  });
  it('"so với năm ngoái" is the year before', () => {
    expectFigure('Tỷ lệ đỗ tốt nghiệp năm 2024 đạt 89,48%, tăng so với năm ngoái khoảng 10%.', '10%', { kind: 'change', base: '2023', bound: 'about' }, opts);
  });
  it('a level in a bracket after the base stays a level', () => {
    expectFigure('Tỷ lệ này tăng so với cùng kỳ năm trước (đạt 85,2%).', '85,2%', { kind: 'level' }, opts);
  });
});

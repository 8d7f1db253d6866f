// "Bình quân 10 tháng, CPI tăng 3,45%. … nhóm nhà ở tăng mạnh nhất với 1,24% so với tháng trước": a sum of months is
// never compared with the month before; a change "so với tháng trước" in such a paragraph is the last month's.
// Found by holdout14 (a statistics office's monthly release).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const text = 'Kinh tế tháng 10 năm 2024\n\nBình quân 10 tháng năm 2024, CPI tăng 3,45% so với cùng kỳ. Trong 11 nhóm hàng, nhóm nhà ở và vật liệu xây dựng tăng mạnh nhất với 1,24% so với tháng trước.';

describe('a change against last month in a paragraph about a sum of months', () => {
  it('is the last month\'s', () => {
    expectFigure(text, '1,24%', { kind: 'change', base: 'previous_period', period: '2024-M10' });
  });
  it('a change against the same period stays the sum\'s', () => {
    expectFigure(text, '3,45%', { kind: 'change', base: 'same_period', period: '2024-10M' });
  });
});

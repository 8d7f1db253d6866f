// A sentence that opens by pointing back at the result before it ("Kết quả này cao hơn trung bình cả nước (85,1%) 2,4
// điểm phần trăm") speaks of what that result measured: the country's bracket and the gap are the same index's. A
// figure that names its own measure keeps it; a sentence that does not point back takes nothing from the one before.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-06-10' };

describe('"Kết quả này" points back at the result before', () => {
  it('the country\'s bracket and the gap take the PAR Index', () => {
    const text = 'Chỉ số cải cách hành chính (PAR Index) năm 2024 của tỉnh đạt 87,52%, tăng 4 bậc.\n\nKết quả này cao hơn trung bình cả nước (85,1%) 2,42 điểm phần trăm.';
    expectFigure(text, '85,1%', { indicator: 'par_index', locality: 'cả nước' }, opts);
    expectFigure(text, '2,42 điểm phần trăm', { indicator: 'par_index', kind: 'change', direction: 'up' }, opts);
  });

  it('a figure naming its own measure keeps it', () => {
    const text = 'Chỉ số PAR Index năm 2024 của tỉnh đạt 87,52%.\n\nKết quả này góp phần đưa tỷ lệ hộ nghèo giảm còn 1,8%.';
    expectFigure(text, '1,8%', { indicator: 'poverty_rate' }, opts);
  });

  it('a sentence that does not point back takes nothing', () => {
    const text = 'Chỉ số PAR Index năm 2024 của tỉnh đạt 87,52%.\n\nTrong năm, có 46 thủ tục được cắt giảm thời gian giải quyết.';
    expectFigure(text, '46 thủ tục', { indicator: undefined }, opts);
  });
});

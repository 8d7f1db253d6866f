// "Trong quý, toàn tỉnh có …" names the quarter the report is about, as "Trong tháng, …" names its month: it dates its
// paragraph to that quarter even after a paragraph that opened on a season's year. With no quarter named before, it
// dates nothing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const report = 'Tình hình kinh tế - xã hội quý II năm 2025\n\nSở Tài chính cho biết, GRDP quý II ước tăng 7,2%.\n\n' +
  'Vụ Hè Thu năm 2025, toàn tỉnh xuống giống 52.300 ha lúa.\n\n';

describe('"Trong quý," in a quarterly report', () => {
  it('dates its paragraph to the report\'s quarter', () => {
    const text = `${report}Trong quý, toàn tỉnh có 410 doanh nghiệp thành lập mới, tăng 5,1% so với cùng kỳ.`;
    expect(figureAt(text, '410', { published: '2025-07-02' }).period).toBe('2025-Q2');
    expect(figureAt(text, '5,1%', { published: '2025-07-02' }).period).toBe('2025-Q2');
  });

  it('leaves the season\'s own paragraph to the season\'s year', () => {
    const text = `${report}Trong quý, toàn tỉnh có 410 doanh nghiệp thành lập mới.`;
    expect(figureAt(text, '52.300 ha', { published: '2025-07-02' }).period).toBe('2025');
  });
});

describe('"Trong quý," where no quarter was named', () => {
  it('dates nothing of its own: the year report\'s frame stands', () => {
    const text = 'Kinh tế - xã hội năm 2024\n\nNăm 2024, GRDP tỉnh ước tăng 6,8%.\n\nTrong quý, toàn tỉnh có 390 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '390', { published: '2024-12-28' }).period).toBe('2024');
  });
});

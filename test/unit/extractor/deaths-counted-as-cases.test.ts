// "ghi nhận 2.846 ca mắc sốt xuất huyết …; có 2 ca tử vong": deaths counted as cases keep the counted noun as written,
// as cases of illness do ("ca mắc"); a bare "ca" stays "ca".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = '9 tháng năm 2024, toàn tỉnh ghi nhận 2.846 ca mắc sốt xuất huyết, tăng 18,5% so với cùng kỳ; có 2 ca tử vong. Huyện Tân Châu ghi nhận 512 ca.';

describe('deaths counted as cases', () => {
  it('"2 ca tử vong" has unit "ca tử vong"', () => {
    expect(figureAt(text, '2 ca', { published: '2024-10-08' }).unit).toBe('ca tử vong');
  });

  it('"512 ca" stays "ca", "2.846 ca mắc" stays "ca mắc"', () => {
    expect(figureAt(text, '512', { published: '2024-10-08' }).unit).toBe('ca');
    expect(figureAt(text, '2.846', { published: '2024-10-08' }).unit).toBe('ca mắc');
  });
});

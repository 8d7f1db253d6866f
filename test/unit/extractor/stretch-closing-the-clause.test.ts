// "tỉnh đã di dời 318 hộ dân ra khỏi vùng sạt lở nguy hiểm trong giai đoạn 2021 - 2024.": a stretch of years closing the
// figure's clause dates it over the paragraph's year; a period named before the figure still wins.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-11-02' };

describe('a stretch of years closing the clause', () => {
  it('"… 318 hộ … trong giai đoạn 2021 - 2024" is 2021/2024', () => {
    const text = 'Trong năm 2024, tỉnh đã đầu tư 45 tỷ đồng nâng cấp hồ chứa. Thực hiện Nghị quyết của Tỉnh ủy, tỉnh đã di dời 318 hộ dân ra khỏi vùng sạt lở nguy hiểm trong giai đoạn 2021 - 2024.';
    expect(figureAt(text, '318', opts).period).toBe('2021/2024');
  });

  it('a year named before the figure still dates it', () => {
    const text = 'Năm 2024, tỉnh đã di dời 318 hộ dân, nâng tổng số hộ được di dời trong giai đoạn 2021 - 2024 lên 1.200 hộ.';
    expect(figureAt(text, '318', opts).period).toBe('2024');
  });
});

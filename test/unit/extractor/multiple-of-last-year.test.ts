// "Doanh thu đạt 410 tỷ đồng, gấp 1,6 lần năm trước": a multiple of last year's level is measured against the year before
// the figure's, as "tăng … so với năm trước" is. Words that open the next clause after a comma give no base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Du lịch năm 2024 tăng tốc\n\n';
const OPTS = { published: '2024-12-26' };

describe('a multiple of last year', () => {
  it('takes the year before as its base', () => {
    const text = `${HEAD}Tổng thu từ du lịch đạt 410 tỷ đồng, gấp 1,6 lần năm trước.`;
    expect(figureAt(text, '1,6 lần', OPTS)).toMatchObject({ kind: 'change', base: '2023' });
  });

  it('also after "tăng gấp đôi" and with "năm ngoái"', () => {
    const text = `${HEAD}Lượng khách lưu trú tăng gấp đôi năm ngoái.`;
    expect(figureAt(text, 'gấp đôi', OPTS)).toMatchObject({ kind: 'change', base: '2023' });
  });

  it('gives no base when last year opens the next clause', () => {
    const text = `${HEAD}Lượng khách lưu trú tăng gấp 1,5 lần, năm trước chỉ đạt 600.000 lượt.`;
    expect(figureAt(text, '1,5 lần', OPTS).base).toBeUndefined();
  });
});

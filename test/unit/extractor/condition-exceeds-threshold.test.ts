// "không thả nuôi khi độ mặn vượt 35‰": the level a condition says not to pass is a threshold of advice, not a figure.
// A result that passed a level ("Tổng thu ngân sách vượt 1.200 tỷ đồng") is still one.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const HEAD = 'Cà Mau: giá tôm tăng cao\n\n';

describe('a level after "khi … vượt"', () => {
  it('the salinity a farmer must not stock above is no figure', () => {
    const text = `${HEAD}Tỉnh khuyến cáo không thả nuôi khi độ mặn vượt 35‰. Sản lượng tôm ước đạt 452.000 tấn.`;
    expectNoFigureAt(text, '35‰');
  });

  it('an amount a result passed stays a figure', () => {
    const text = `${HEAD}Năm 2025, tổng thu ngân sách vượt 1.200 tỷ đồng.`;
    expect(figureAt(text, '1.200 tỷ đồng').unit).toBe('VND');
  });
});

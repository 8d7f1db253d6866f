// "Huyện đảo Cô Tô", "huyện đảo Lý Sơn": an island district is named by "huyện đảo" as often as by "huyện"; it is that
// district, and "huyện đảo" alone later refers back to it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-06-03' };

describe('an island district', () => {
  it('"huyện đảo Lý Sơn" is huyện Lý Sơn', () => {
    const text = 'Du lịch Quảng Ngãi\n\nTỉnh Quảng Ngãi đón 1,2 triệu lượt khách. Huyện đảo Lý Sơn đón 210.000 lượt khách, tăng 18%.';
    expect(figureAt(text, '210.000', OPTS).locality).toBe('huyện Lý Sơn');
  });

  it('"huyện đảo" alone refers back to it', () => {
    const text = 'Du lịch Quảng Ninh\n\nTỉnh Quảng Ninh đón 8,1 triệu lượt khách. Huyện đảo Cô Tô đón 112.000 lượt khách.\n\nHiện huyện đảo có 95 cơ sở lưu trú.';
    expect(figureAt(text, '95 cơ sở', OPTS).locality).toBe('huyện Cô Tô');
  });

  it('the province named after it is still the province', () => {
    const text = 'Du lịch Quảng Ninh\n\nHuyện đảo Cô Tô đón 112.000 lượt khách. Toàn tỉnh Quảng Ninh đón 8,1 triệu lượt khách.';
    expect(figureAt(text, '8,1 triệu', OPTS).locality).toBe('tỉnh Quảng Ninh');
  });
});

// "Giá lúa tươi thu mua tại ruộng (ngày 13/7):" over "- OM 18: 6.900 - 7.100 đồng/kg;": a list heading that closes on the
// day its items were quoted dates them by that day's month; a heading that names no day leaves them in the page's period.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-07-14' };
const lead = 'Vụ Hè Thu 2026, toàn tỉnh xuống giống 232.500 ha lúa.\n\n';

describe('a list heading that closes on a day', () => {
  it('"(ngày 13/7):" dates its items by July', () => {
    const text = lead + 'Giá lúa tươi thu mua tại ruộng (ngày 13/7):\n- OM 18: 6.900 - 7.100 đồng/kg;\n- Đài Thơm 8: 7.200 - 7.400 đồng/kg.\n';
    expect(figureAt(text, '6.900', opts).period).toBe('2026-M07');
    expect(figureAt(text, '7.200', opts).period).toBe('2026-M07');
  });

  it('"(13/7/2026):" too', () => {
    const text = lead + 'Giá heo hơi tại các trại (13/7/2026):\n- Heo thịt: 62.000 - 64.000 đồng/kg.\n';
    expect(figureAt(text, '62.000', opts).period).toBe('2026-M07');
  });

  it('a heading with no day leaves its items in the season', () => {
    const text = lead + 'Giá lúa tươi thu mua tại ruộng:\n- OM 18: 6.900 - 7.100 đồng/kg;\n- Đài Thơm 8: 7.200 - 7.400 đồng/kg.\n';
    expect(figureAt(text, '6.900', opts).period).toBe('2026');
  });
});

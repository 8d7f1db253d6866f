// Farm reports name the crop by its season without "vụ": "xuống giống lúa Thu Đông 2025 được 98.540 ha". That names
// the season's year as "vụ Thu Đông 2025" would, over a weekly or monthly frame. A crop year that spans two
// ("lúa Đông Xuân 2024 - 2025") is that crop year, not its first. Found by holdout21/001 (a weekly farm report).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14' };
const lead = 'Giá lúa nhích lên\n\nTuần qua (từ ngày 8 đến 13/9), giá lúa tươi tại ruộng tăng 200 đồng/kg so với tuần trước, lên 7.000 đồng/kg.\n\n';

describe('a crop named for its season and year', () => {
  it('dates its sentence by the year, over the week\'s month', () => {
    const text = `${lead}Hiện toàn tỉnh đã xuống giống lúa Thu Đông 2025 được 98.540 ha, đạt 86,3% kế hoạch.`;
    expectFigure(text, '98.540 ha', { period: '2025' }, opts);
    expectFigure(text, '86,3%', { period: '2025' }, opts);
  });
  it('a crop year over two years is that crop year, not its first year', () => {
    const text = `${lead}Toàn tỉnh đã thu hoạch 171.800 ha lúa Đông Xuân 2024 - 2025.`;
    expectFigure(text, '171.800 ha', { period: '2024/2025' }, opts);
  });
});

// "Vụ Đông Xuân 2023 - 2024, huyện xuống giống … lúa …. Toàn huyện trồng mới 320 ha sầu riêng": a crop year named in an
// earlier sentence of the paragraph dates that season's crop, not what a later sentence says of trees or forests, which
// no season sows: those stand in the report's period. A later sentence on the season's rice keeps the season. (A season
// of one year opening its paragraph still dates other crops there, as holdout24's gold reads "Vụ Mùa năm 2026, …. Diện
// tích cà phê cho sản phẩm ước 298.500 ha".)
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = 'Kinh tế - xã hội huyện 9 tháng năm 2024\n\n9 tháng năm 2024, thu ngân sách huyện đạt 215 tỷ đồng.\n\n';
const opts = { published: '2024-10-04' };

describe('a season carried to a later sentence', () => {
  it('does not date trees planted', () => {
    const text = `${head}Vụ Đông Xuân 2023 - 2024, huyện xuống giống 12.400 ha lúa, sản lượng 68.000 tấn. Toàn huyện trồng mới 320 ha sầu riêng và 85 ha rừng phòng hộ.`;
    expect(figureAt(text, '68.000 tấn', opts).period).toBe('2023/2024');
    expect(figureAt(text, '320 ha', opts).period).toBe('2024-9M');
    expect(figureAt(text, '85 ha', opts).period).toBe('2024-9M');
  });

  it('still dates the season\'s rice', () => {
    const text = `${head}Vụ Đông Xuân 2023 - 2024, huyện xuống giống 12.400 ha lúa. Năng suất lúa bình quân đạt 5,6 tấn/ha.`;
    expect(figureAt(text, '5,6 tấn/ha', opts).period).toBe('2023/2024');
  });
});

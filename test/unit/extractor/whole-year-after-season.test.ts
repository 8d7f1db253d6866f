// "Vụ Đông Xuân 2024 - 2025, năng suất lúa đạt bình quân 66,2 tạ/ha. Giá lúa tươi tại ruộng trong năm dao động …": a
// season opening a sentence dates the later sentences of its paragraph on its rice, but one that speaks of the whole
// year ("trong năm", "cả năm") is the year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-26' };
const lead = 'Năm 2025, ngành nông nghiệp tỉnh giữ được đà tăng trưởng.\n\n' +
  'Về trồng trọt, tổng diện tích gieo trồng lúa cả năm đạt 276.800 ha. Vụ Đông Xuân 2024 - 2025, năng suất lúa đạt bình quân 66,2 tạ/ha. ';

describe('a sentence on the whole year after a season', () => {
  it('"trong năm" is the year, not the season before', () => {
    const text = lead + 'Giá lúa tươi tại ruộng trong năm dao động 6.200 - 7.400 đồng/kg.';
    expect(figureAt(text, '6.200', opts).period).toBe('2025');
  });

  it('a sentence that says nothing of the year goes on in the season', () => {
    const text = lead + 'Giá lúa tươi tại ruộng dao động 6.200 - 7.400 đồng/kg.';
    expect(figureAt(text, '6.200', opts).period).toBe('2024/2025');
  });
});

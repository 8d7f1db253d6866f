// "Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2023 - 2024, toàn tỉnh có 213.000 ha cà phê. Năng suất …": a
// crop year or season opening its sentence after who reports it dates the later sentences of its paragraph, as one
// opening the sentence bare does; a later sentence that opens on a date of its own ("Đến ngày 3/12, …") is not its.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-05' };
const head = 'Thu hoạch cà phê niên vụ 2023 - 2024: Được mùa, được giá\n\n' +
  'ĐTO - Đến ngày 30/11, nông dân trong tỉnh đã thu hoạch khoảng 45% diện tích cà phê kinh doanh. Giá cà phê liên tục lập đỉnh mới, có thời điểm vượt 64.000 đồng/kg.\n\n';

describe('a season after an attribution', () => {
  it('dates the next sentence of its paragraph', () => {
    const text = head + 'Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2023 - 2024, toàn tỉnh có 213.000 ha cà phê. Năng suất bình quân ước đạt 2,9 tấn/ha; sản lượng ước đạt 575.000 tấn.';
    expect(figureAt(text, '2,9 tấn/ha', opts).period).toBe('2023/2024');
    expect(figureAt(text, '575.000 tấn', opts).period).toBe('2023/2024');
  });

  it('but not a sentence that opens on its own date', () => {
    const text = head + 'Theo Sở Nông nghiệp và Phát triển nông thôn, niên vụ 2023 - 2024, toàn tỉnh có 213.000 ha cà phê. Đến ngày 3/12, toàn tỉnh đã thu hoạch 98.000 ha.';
    expect(figureAt(text, '98.000 ha', opts).period).not.toBe('2023/2024');
  });
});

// "Đỉnh lũ tại trạm Hội An …. Toàn thành phố có 41.260 ngôi nhà bị ngập": after 1 July 2025 no district-level unit
// exists, so an old district's name written bare (a station, a ward, an area) is no place the figures after it belong
// to, and "thành phố" later is the centrally-run city the page is about. Before the reorganisation the bare name is
// still the district; the islands that became special zones keep their reading.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const AFTER = { published: '2025-11-08' };
const BEFORE = { published: '2024-11-08' };
const TEXT = 'Đà Nẵng khắc phục hậu quả mưa lũ\n\nMực nước sông Thu Bồn tại Hội An lên mức 5,2 m. Toàn thành phố có 12.400 ngôi nhà bị ngập, 3.100 ha lúa bị thiệt hại.';

describe('a bare old district name after the 2025 reorganisation', () => {
  it('does not take the figures after it in November 2025', () => {
    expect(figureAt(TEXT, '12.400', AFTER).locality).toBe('thành phố Đà Nẵng');
    expect(figureAt(TEXT, '3.100 ha', AFTER).locality).toBe('thành phố Đà Nẵng');
  });

  it('is still the district in 2024', () => {
    expect(figureAt(TEXT, '12.400', BEFORE).locality).toBe('thành phố Hội An');
  });

  it('an island that became a special zone is still read', () => {
    const text = 'Du lịch Kiên Giang - An Giang\n\nPhú Quốc đón 1,1 triệu lượt khách trong tháng 10, tăng 20%.';
    expect(figureAt(text, '1,1 triệu', AFTER).locality).toBe('đặc khu Phú Quốc');
  });

  it('a table row labelled with the old name still names that row', () => {
    const text = 'Khách du lịch 9 tháng\n\n9 tháng năm 2025, tỉnh Long An đón 2,1 triệu lượt khách.\n\nĐịa phương | Lượt khách | So với cùng kỳ (%)\nĐức Hòa | 412.000 | +8,1\n';
    expect(figureAt(text, '412.000', { published: '2025-10-15' }).locality).toBe('huyện Đức Hòa');
  });
});

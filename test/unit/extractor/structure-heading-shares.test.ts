// Colon lines of sectors under a heading that names the economy's structure ("CƠ CẤU KINH TẾ", "Tỷ trọng các khu vực:")
// give each sector's share, not its output; the same label under a heading of growth stays what it names.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('sector lines under a structure heading', () => {
  it('each percentage is a sector share', () => {
    const text = 'KINH TẾ TỈNH NĂM 2023\n\nCƠ CẤU KINH TẾ\nNông, lâm nghiệp và thủy sản: 28,6%\nCông nghiệp - xây dựng: 30,15%\nDịch vụ: 36,4%\n';
    expect(figureAt(text, '30,15%').indicator).toBe('sector_share');
    expect(figureAt(text, '36,4%').indicator).toBe('sector_share');
  });

  it('the same label under a growth heading is no share', () => {
    const text = 'KINH TẾ TỈNH NĂM 2023\n\nTĂNG TRƯỞNG CÁC KHU VỰC\nCông nghiệp - xây dựng: 9,15%\nDịch vụ: 6,4%\n';
    expect(figureAt(text, '9,15%').indicator).not.toBe('sector_share');
  });
});

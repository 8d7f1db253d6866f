// A table of places whose last column opens on an estimate ("Địa phương | Nhà bị ngập (căn) | Ước thiệt hại (tỷ đồng)")
// holds estimates in that column; the counted columns beside it stay results.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-10-02' };
const TABLE = 'Thiệt hại do mưa lũ tại các địa phương\n\nĐịa phương | Nhà bị ngập (căn) | Ước thiệt hại (tỷ đồng)\nHuyện Hương Khê | 1.420 | 36,5\nHuyện Vũ Quang | 610 | 12,8';

describe('an estimate column in a table of places', () => {
  it('gives its cells the estimate modality', () => {
    const f = figureAt(TABLE, '36,5', OPTS);
    expect(f.value).toBe(36_500_000_000);
    expect(f.modality).toBe('estimate');
  });

  it('leaves the counted column beside it actual', () => {
    expect(figureAt(TABLE, '1.420', OPTS).modality).toBe('actual');
  });

  it('a loss column named without "ước" is actual', () => {
    const text = TABLE.replace('Ước thiệt hại', 'Thiệt hại');
    expect(figureAt(text, '36,5', OPTS).modality).toBe('actual');
  });
});

// "Diện tích cà phê tái canh trong năm đạt 1.250 ha, nâng tổng diện tích tái canh từ năm 2021 đến nay lên 6.840 ha": the
// stretch named in the clause that raises the total dates that total, not the year's own figure before it, which keeps
// the paragraph's year. A stretch in the figure's own clause still dates it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-18', locality: "huyện Cư M'gar" };
const head = "Năm 2024, thu ngân sách huyện Cư M'gar đạt 245 tỷ đồng.\n\n";

describe('a stretch in the clause that raises a total', () => {
  it('dates the total, not the figure before it', () => {
    const text = head + 'Trong năm, huyện tái canh được 1.250 ha cà phê, nâng tổng diện tích tái canh từ năm 2021 đến nay lên 6.840 ha.';
    expect(figureAt(text, '1.250 ha', opts).period).toBe('2024');
    expect(figureAt(text, '6.840 ha', opts).period).toBe('2021/2024');
  });

  it('a stretch in the figure\'s own clause still dates it', () => {
    const text = head + 'Huyện đã tái canh được 6.840 ha cà phê từ năm 2021 đến nay.';
    expect(figureAt(text, '6.840 ha', opts).period).toBe('2021/2024');
  });
});

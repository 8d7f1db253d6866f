// "Năm 2023, tỉnh có 1.240 ha lúa bị ngập (năm 2022 là 3.900 ha). Thiên tai làm 215 nhà bị hư hỏng": a bracket that
// opens on another year and gives that year's figure is an aside. Its year dates what the bracket holds, never the
// sentences after it, which stay in the year the paragraph opened on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-20' };
const TEXT = 'Tổng kết công tác phòng, chống thiên tai\n\nNăm 2023, toàn tỉnh có 1.240 ha lúa bị ngập úng (năm 2022 là 3.900 ha). ' +
  'Thiên tai làm 215 nhà bị hư hỏng; thiệt hại ước tính 96 tỷ đồng.';

describe('a year opening a bracket aside', () => {
  it('does not date the sentences after the bracket', () => {
    expect(figureAt(TEXT, '215', OPTS).period).toBe('2023');
    expect(figureAt(TEXT, '96 tỷ đồng', OPTS).period).toBe('2023');
  });

  it('still dates the figure inside its bracket', () => {
    expect(figureAt(TEXT, '3.900 ha', OPTS).period).toBe('2022');
  });

  it('a year opening a later sentence still dates that sentence', () => {
    const text = 'Tổng kết công tác phòng, chống thiên tai\n\nNăm 2023, toàn tỉnh có 1.240 ha lúa bị ngập úng. Năm 2022, thiên tai làm 215 nhà bị hư hỏng.';
    expect(figureAt(text, '215', OPTS).period).toBe('2022');
  });
});

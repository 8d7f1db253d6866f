// "6 tháng đầu năm, huyện có 28/41 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra": a count of targets reached by a
// stretch of the year named before it is that stretch's count; the year after the targets says whose they are. A
// target to reach ("Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024") stays the year's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('targets reached by a stretch of their year', () => {
  it('are counted for the stretch', () => {
    const text = '6 tháng đầu năm, huyện có 25/38 chỉ tiêu đạt và vượt nghị quyết năm 2025 đề ra.';
    expect(figureAt(text, '25/38', { published: '2025-06-20' }).period).toBe('2025-H1');
  });

  it('targets still to reach are the year\'s', () => {
    const text = 'Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024.';
    expect(figureAt(text, '21/21', { published: '2024-10-05' })).toMatchObject({ period: '2024', modality: 'target' });
  });

  it('a year-end count names its year', () => {
    const text = 'Năm 2024, huyện có 19/21 chỉ tiêu năm 2024 đạt và vượt kế hoạch.';
    expect(figureAt(text, '19/21', { published: '2024-12-20' }).period).toBe('2024');
  });
});

// "đạt 412 tỷ đồng, bằng 115% năm 2023": a share of a year's level names that year as the base it is measured against;
// the share itself is the report's year. A year right after a level ("từ 28,6% năm 2021 xuống 17,9% năm 2023") still
// dates that level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('a share of a year\'s level written right before the year', () => {
  it('is the report\'s year, against that year', () => {
    const text = 'Năm 2024, tổng thu ngân sách trên địa bàn huyện đạt 387 tỷ đồng, bằng 112% năm 2023.';
    expect(figureAt(text, '112%', opts)).toMatchObject({ period: '2024', base: '2023', kind: 'attainment' });
  });

  it('a level with its year right after keeps that year', () => {
    const text = 'Tỷ lệ hộ nghèo giảm từ 28,6% năm 2021 xuống 17,9% năm 2023.';
    expect(figureAt(text, '28,6%', opts).period).toBe('2021');
  });
});

// "bằng 104,6% so với tổng thu của ba tỉnh (cũ) năm 2024": the former provinces' sum is the base; its year dates nothing
// and makes the share an index against that year. A year of the former units' own figure still dates it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Năm 2025, tỉnh Phú Thọ hoàn thành các nhiệm vụ kinh tế - xã hội sau hợp nhất.\n\n';

describe('the former units as a base', () => {
  it('the base year neither dates the paragraph nor leaves the share a level', () => {
    const text = `${LEAD}Tổng thu ngân sách ước đạt 41.250 tỷ đồng, bằng 104,6% so với tổng thu của ba tỉnh (cũ) năm 2024. Tổng chi ngân sách địa phương ước 52.800 tỷ đồng.`;
    const share = figureAt(text, '104,6%');
    expect([share.kind, share.base, share.period]).toEqual(['attainment', '2024', '2025']);
    expect(figureAt(text, '41.250 tỷ đồng').period).toBe('2025');
    expect(figureAt(text, '52.800 tỷ đồng').period).toBe('2025');
  });

  it('a year the former units\' own figure names still dates it', () => {
    const text = `${LEAD}Tổng thu ngân sách của ba tỉnh (cũ) năm 2024 đạt 39.440 tỷ đồng.`;
    expect(figureAt(text, '39.440 tỷ đồng').period).toBe('2024');
  });
});

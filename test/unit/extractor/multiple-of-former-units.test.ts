// "lớn gấp gần 2,4 lần tỉnh Ninh Bình (cũ) năm 2024": a multiple of a former unit, or the former units summed, in a
// year named after them is measured against that year.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2025-12-16' };
const baseOf = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure)?.base;

describe('a multiple of former units in a year', () => {
  it('a former province with its mark in brackets', () => {
    const text = 'Năm 2025, quy mô nền kinh tế tỉnh Ninh Bình ước đạt 318.600 tỷ đồng, lớn gấp gần 2,4 lần tỉnh Ninh Bình (cũ) năm 2024.';
    expect(baseOf(text, '2,4 lần')).toBe('2024');
  });

  it('the former provinces summed', () => {
    const text = 'Năm 2025, thu ngân sách tỉnh Ninh Bình đạt 49.250 tỷ đồng, gấp 1,3 lần tổng thu của ba tỉnh cũ năm 2024.';
    expect(baseOf(text, '1,3 lần')).toBe('2024');
  });

  it('a former province with no year gives no base', () => {
    const text = 'Năm 2025, thu ngân sách tỉnh Ninh Bình đạt 49.250 tỷ đồng, gấp 1,8 lần khu vực Nam Định cũ.';
    expect(baseOf(text, '1,8 lần')).toBeUndefined();
  });
});

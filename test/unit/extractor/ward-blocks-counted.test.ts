// "Phường có 12/14 khối phố đạt chuẩn văn minh đô thị": the residential blocks some northern towns and wards are divided
// into ("khối phố") are counted like "khu phố" and "tổ dân phố". ("khối" alone, a sector's bloc, is left out.)
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-07-11' };

describe('ward blocks', () => {
  it('are counted', () => {
    const text = 'Phường có 12/14 khối phố đạt chuẩn văn minh đô thị, tăng 2 khối phố so với năm 2024.';
    expect(figureAt(text, '12/14', opts).unit).toBe('khối phố');
    expect(figureAt(text, '2 khối phố', opts).unit).toBe('khối phố');
  });

  it('other places stay as they were', () => {
    const text = 'Thị trấn có 8/9 khu phố đạt chuẩn văn minh đô thị.';
    expect(figureAt(text, '8/9', opts).unit).toBe('khu phố');
  });
});

// "Việt Yên: Thu ngân sách năm 2024 ước đạt …" on a page of December 2024, whose body says only "HĐND thị xã": a district
// whose type changed is, by a bare name, the unit in force on the page's date (thị xã Việt Yên from 2024), not the first
// type listed. A page from before the change keeps the old type.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const body = ': Thu ngân sách năm 2024 ước đạt 1.285 tỷ đồng\n\nNgày 19/12, HĐND tổ chức kỳ họp cuối năm. Tỷ lệ hộ nghèo giảm còn 0,61%.';

describe('a bare district name on a dated page', () => {
  it('is the unit in force on the page date', () => {
    expect(figureAt('Việt Yên' + body, '0,61%', { published: '2024-12-20' }).locality).toBe('thị xã Việt Yên');
    expect(figureAt('Đông Triều' + body, '0,61%', { published: '2025-03-20' }).locality).toBe('thành phố Đông Triều');
  });

  it('before the change keeps the old type', () => {
    expect(figureAt('Việt Yên' + body, '0,61%', { published: '2023-12-20' }).locality).toBe('huyện Việt Yên');
    expect(figureAt('Đông Triều' + body, '0,61%', { published: '2024-06-20' }).locality).toBe('thị xã Đông Triều');
  });
});

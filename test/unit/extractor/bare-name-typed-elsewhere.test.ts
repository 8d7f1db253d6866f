// "Việt Yên: Giá trị sản xuất công nghiệp … ước đạt …" then "HĐND thị xã Việt Yên …": a bare name that was a huyện and
// became a thị xã (or the reverse) is the unit the page itself writes out with its type, not the first type listed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a bare district name the page types elsewhere', () => {
  it('takes the type the page writes it with', () => {
    const text = 'Việt Yên: Thu ngân sách năm 2024 ước đạt 1.285 tỷ đồng\n\nNgày 19/12, HĐND thị xã Việt Yên tổ chức kỳ họp cuối năm.\n\nGiá trị sản xuất công nghiệp ước đạt 196.450 tỷ đồng, tăng 19,3% so với năm 2023.';
    expect(figureAt(text, '196.450 tỷ đồng', { published: '2024-12-20' }).locality).toBe('thị xã Việt Yên');
    expect(figureAt(text, '1.285 tỷ đồng', { published: '2024-12-20' }).locality).toBe('thị xã Việt Yên');
  });

  it('a page that never writes the type keeps the district', () => {
    const text = 'Việt Yên: Thu ngân sách năm 2022 đạt 905 tỷ đồng\n\nNgày 19/12, HĐND huyện tổ chức kỳ họp cuối năm.\n\nGiá trị sản xuất công nghiệp đạt 150.200 tỷ đồng, tăng 12,3% so với năm 2021.';
    expect(figureAt(text, '150.200 tỷ đồng', { published: '2022-12-20' }).locality).toBe('huyện Việt Yên');
  });
});

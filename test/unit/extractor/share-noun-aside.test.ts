// "100% xã (theo địa giới trước sắp xếp) đạt chuẩn nông thôn mới": a bracket on which boundaries the places a share
// counts are meant in is an aside; the share measures what is named after it.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2025-12-16' };
const indicatorOf = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure)?.indicator;

describe('a bracket after the places a share counts', () => {
  it('a share of communes qualified by old boundaries meets the new-rural standard', () => {
    const text = 'Toàn tỉnh hiện có 129 xã, phường; 100% xã (theo địa giới trước sắp xếp) đạt chuẩn nông thôn mới.';
    expect(indicatorOf(text, '100%')).toBe('new_rural_communes');
  });

  it('a share of communes qualified by the merger meets the advanced standard', () => {
    const text = 'Năm 2025, huyện có 85% số xã (trước sáp nhập) đạt chuẩn nông thôn mới nâng cao.';
    expect(indicatorOf(text, '85%')).toBe('new_rural_communes_advanced');
  });

  it('a share with no name after its bracket takes none from it', () => {
    const text = 'Năm 2025, 92% hộ (theo số liệu rà soát) đã được kiểm tra, đánh giá.';
    expect(indicatorOf(text, '92%')).toBeUndefined();
  });
});

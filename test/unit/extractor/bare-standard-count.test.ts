// "…; 12 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu. Khu vực Hà Giang cũ có 9 xã đạt chuẩn.": communes said to
// "đạt chuẩn" with no grade named meet the new-rural standard itself, not the last grade the paragraph named; a count
// that names its grade keeps it.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-12-10', locality: 'tỉnh Tuyên Quang' };

describe('a count of communes that "đạt chuẩn" with no grade', () => {
  it('is of the new-rural standard, after the grades were named', () => {
    const text = 'Toàn tỉnh có 31/108 xã đạt chuẩn nông thôn mới; 12 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu. Khu vực Hà Giang cũ có 9 xã đạt chuẩn.';
    expectFigure(text, '9 xã', { indicator: 'new_rural_communes' }, opts);
  });
  it('a count that names its grade keeps it', () => {
    const text = 'Toàn tỉnh có 12 xã đạt chuẩn nông thôn mới nâng cao. Năm 2025 có thêm 3 xã đạt chuẩn nâng cao.';
    expectFigure(text, '3 xã', { indicator: 'new_rural_communes_advanced' }, opts);
  });
});

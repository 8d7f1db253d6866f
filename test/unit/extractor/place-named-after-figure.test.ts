// "Trong tuần, tỉnh cũng ghi nhận 3 ca sởi tại huyện Cam Lâm", "khoảng 4.300 hộ ở các xã ven biển khu vực Bình Thuận
// cũ bị thiếu nước": the place comes after the figure and its noun, introduced by "tại/ở"; it is where the figure was
// counted. A list of places there ("ở các huyện U Minh Thượng, An Biên") owns none of it.
// Found by holdout21/002 (a dengue bulletin) and 004 (utilities after the 2025 merger).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a place named right after the figure by "tại/ở"', () => {
  it('owns the figure', () => {
    const opts = { published: '2024-08-14', locality: 'tỉnh Khánh Hòa' };
    expectFigure('Y tế\n\nTrong tuần, tỉnh cũng ghi nhận 3 ca sởi tại huyện Cam Lâm.', '3', { locality: 'huyện Cam Lâm' }, opts);
    const merged = { published: '2026-01-12', locality: 'tỉnh Lâm Đồng' };
    expectFigure('Nước sạch\n\nMùa khô năm 2025, khoảng 4.300 hộ ở các xã ven biển khu vực Bình Thuận cũ bị thiếu nước sinh hoạt.', '4.300', { locality: 'tỉnh Bình Thuận' }, merged);
  });
  it('a list of places after it owns none', () => {
    const opts = { published: '2024-03-14', locality: 'tỉnh Kiên Giang' };
    expectFigure('Lúa Đông Xuân\n\nHiện có khoảng 2.600 ha lúa ở các huyện U Minh Thượng, An Biên có nguy cơ bị ảnh hưởng.', '2.600', { locality: 'tỉnh Kiên Giang' }, opts);
  });
});

// A commune or ward owns only its own clause ("…; xây dựng xã Mỹ An đạt chuẩn; kết nạp 60 đảng viên" keeps the 60
// for the article's place) — but one that opens its sentence as its setting owns every clause of it: "Tại xã Mỹ
// Xương, xoài cát Hòa Lộc … 45.000 - 50.000 đồng/kg; xoài cát Chu loại 1 khoảng 22.000 đồng/kg". The next sentence
// goes back. Found by holdout21/001 (weekly farm prices).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-14', locality: 'tỉnh Đồng Tháp' };

describe('a commune that opens its sentence', () => {
  it('owns the later clauses of that sentence', () => {
    const text = 'Giá xoài\n\nTại xã Mỹ Xương, xoài cát Hòa Lộc loại 1 được thương lái mua 45.000 - 50.000 đồng/kg; xoài cát Chu loại 1 khoảng 22.000 đồng/kg. Giá lúa tại ruộng 7.000 đồng/kg.';
    expectFigure(text, '22.000', { locality: 'xã Mỹ Xương' }, opts);
  });
  it('one named inside a clause owns that clause only', () => {
    const text = 'Kết quả năm 2025\n\nNăm 2025, huyện xây dựng xã Mỹ An đạt chuẩn nông thôn mới nâng cao; kết nạp 60 đảng viên mới.';
    expectFigure(text, '60', { locality: 'tỉnh Đồng Tháp' }, opts);
  });
});

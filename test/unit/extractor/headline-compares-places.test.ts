// "Hà Nội, Huế, Hải Phòng dẫn đầu về chuyển đổi số": a headline that lists places compares them; none of them is the
// page's place, so a figure that names no place of its own gets none. A place and its province ("Huyện Châu Thành,
// tỉnh Bến Tre: …") are one place.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-10-21' };

describe('a headline that lists places', () => {
  it('gives the page no place', () => {
    const text = 'Hà Nội, Huế, Hải Phòng dẫn đầu về chuyển đổi số\n\nChỉ số chuyển đổi số của các địa phương năm 2024 tăng 8,6% so với năm 2023.';
    expectFigure(text, '8,6%', { locality: undefined }, opts);
  });
  it('a district and its province are one place', () => {
    const text = 'Huyện Châu Thành, tỉnh Bến Tre: thu ngân sách vượt dự toán\n\nNăm 2024, thu ngân sách trên địa bàn đạt 500 tỷ đồng.';
    expectFigure(text, '500 tỷ đồng', { locality: 'huyện Châu Thành' }, opts);
  });
});

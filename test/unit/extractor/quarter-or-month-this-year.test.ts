// "Trong quý I năm nay, GRDP tăng 8,1%", "tháng 3 năm nay": a quarter or a month followed by "năm nay" is that quarter or
// month of the year of publication, not the whole year; "Quý" written "quí" (an older spelling) is the same quarter.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-04-02' };

describe('a quarter or month "năm nay"', () => {
  it('dates the figures by that quarter of the page\'s year', () => {
    const text = 'Trong quý I năm nay, tổng sản phẩm trên địa bàn tỉnh tăng 7,9%; thu ngân sách đạt 2.310 tỷ đồng.';
    expect(figureAt(text, '7,9%', opts).period).toBe('2025-Q1');
    expect(figureAt(text, '2.310 tỷ đồng', opts).period).toBe('2025-Q1');
  });

  it('and by that month', () => {
    const text = 'Riêng tháng 3 năm nay, kim ngạch xuất khẩu đạt 412 triệu USD.';
    expect(figureAt(text, '412 triệu USD', opts).period).toBe('2025-M03');
  });

  it('"năm nay" alone is still the whole year', () => {
    const text = 'Năm nay, tỉnh phấn đấu thu ngân sách đạt 9.800 tỷ đồng.';
    expect(figureAt(text, '9.800 tỷ đồng', opts).period).toBe('2025');
  });
});

describe('"quí" for "quý"', () => {
  it('is read as the quarter, and the figure keeps the text as written', () => {
    const text = 'Trong quí II/2024, huyện thu ngân sách 186 tỷ đồng.';
    const f = figureAt(text, '186 tỷ đồng', { published: '2024-07-05' });
    expect(f.period).toBe('2024-Q2');
    expect(text.slice(f.start, f.end)).toBe('186 tỷ đồng');
  });
});

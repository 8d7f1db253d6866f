// A page's "Đọc nhiều" (most read) box lists other articles' headlines, as "Tin liên quan" does: their numbers are not
// the article's figures. A paragraph that only opens on those words ("Đọc nhiều sách …") is prose and keeps its figures.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';

const opts = { published: '2025-09-04' };

describe('"Đọc nhiều" alone on its line opens a list of other headlines', () => {
  it('the headlines under "Đọc nhiều" give no figure', () => {
    const text = 'Toàn tỉnh trồng được 9.450 ha rừng tập trung, đạt 81% kế hoạch năm.\n\nPhương Anh\n\nĐọc nhiều\n- Lào Cai: 99 xã, phường vận hành mô hình mới (02/09/2025)\n- Giá chè búp tươi tăng 15% (01/09/2025)\n';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['9.450 ha', '81%']);
  });

  it('"Xem nhiều:" too', () => {
    const text = 'Sản lượng gỗ khai thác đạt 512.000 m3.\n\nXem nhiều:\n- Thu hút 120 dự án đầu tư vào khu công nghiệp (03/09/2025)\n';
    expect(figuresIn(text, opts).map((f) => f.text)).toEqual(['512.000 m3']);
  });

  it('a paragraph of prose opening on "Đọc nhiều" keeps its figures', () => {
    const text = 'Sản lượng gỗ khai thác đạt 512.000 m3.\n\nĐọc nhiều sách kỹ thuật, nông dân xã đã đưa năng suất chè lên 128 tạ/ha.\n';
    expect(figuresIn(text, opts).map((f) => f.text)).toContain('128 tạ/ha');
  });
});

// "Trước sắp xếp, tỉnh Kiên Giang 6 tháng đầu năm 2024 chỉ tăng 6,11%. Sau hợp nhất, khu vực Kiên Giang cũ có quy mô
// kinh tế khoảng 68.900 tỷ đồng": a sentence opening on the merger is back in the report's period.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2025-07-08' };
const periodOf = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure)?.period;

const LEAD = 'Tăng trưởng 6 tháng: tỉnh An Giang đứng thứ 19 cả nước\n\nTăng trưởng GRDP 6 tháng đầu năm 2025 của tỉnh An Giang đạt 7,21%.\n\n';

describe('a sentence opening on the merger', () => {
  it('is dated by the report, not by the former provinces’ year before it', () => {
    const text = LEAD + 'Trước sắp xếp, tỉnh Kiên Giang 6 tháng đầu năm 2024 chỉ tăng 6,11%. Sau hợp nhất, khu vực Kiên Giang cũ có quy mô kinh tế khoảng 68.900 tỷ đồng, chiếm hơn một nửa GRDP của tỉnh.';
    expect(periodOf(text, '6,11%')).toBe('2024-H1');
    expect(periodOf(text, '68.900 tỷ đồng')).toBe('2025-H1');
  });

  it('"Sau khi sáp nhập" too', () => {
    const text = LEAD + 'Năm 2024, tỉnh Bạc Liêu thu ngân sách 4.120 tỷ đồng. Sau khi sáp nhập, khu vực Bạc Liêu cũ thu 2.310 tỷ đồng.';
    expect(periodOf(text, '2.310 tỷ đồng')).toBe('2025-H1');
  });

  it('a sentence that does not open on the merger keeps the period before it', () => {
    const text = LEAD + 'Trước sắp xếp, tỉnh Kiên Giang 6 tháng đầu năm 2024 chỉ tăng 6,11%. Khi đó, quy mô kinh tế của tỉnh khoảng 61.200 tỷ đồng.';
    expect(periodOf(text, '61.200 tỷ đồng')).toBe('2024-H1');
  });
});

// "Giai đoạn 2026 - 2030, tỉnh đặt mục tiêu:" over "- Thu ngân sách … đến năm 2030 đạt 45.000 tỷ đồng;" and "- Tỷ lệ hộ
// nghèo giảm bình quân 1%/năm;": a yearly rate or a five-year sum in a later item is the stretch's the heading names,
// not the single year an earlier item reached for; the item that names the year keeps it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-12' };
const TEXT = 'Gia Lai hoàn thành kế hoạch 5 năm\n\nSáng 12/12, HĐND tỉnh xem xét báo cáo của UBND tỉnh. Thu ngân sách năm 2025 ước đạt 24.300 tỷ đồng.\n\n' +
  'Giai đoạn 2026 - 2030, tỉnh đặt mục tiêu:\n- Tốc độ tăng trưởng GRDP bình quân 9,5%/năm trở lên;\n- Đến năm 2030, GRDP bình quân đầu người đạt khoảng 135 triệu đồng;\n- Thu ngân sách trên địa bàn đến năm 2030 đạt 45.000 tỷ đồng;\n' +
  '- Tổng vốn đầu tư toàn xã hội 5 năm khoảng 900.000 tỷ đồng;\n- Tỷ lệ hộ nghèo giảm bình quân 1,2%/năm;\n- Tỷ lệ đô thị hóa đạt trên 45%.\n';

describe('a yearly item under a heading that names a stretch', () => {
  it('takes the stretch, not an earlier item\'s horizon', () => {
    const poverty = figureAt(TEXT, '1,2%', opts);
    expect([poverty.modality, poverty.period]).toEqual(['target', '2026/2030']);
    expect(figureAt(TEXT, '900.000', opts).period).toBe('2026/2030');
  });

  it('leaves the item that names the horizon at the horizon', () => {
    expect(figureAt(TEXT, '45.000', opts).period).toBe('2030');
  });
});

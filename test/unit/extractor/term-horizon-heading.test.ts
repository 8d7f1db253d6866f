// "MỤC TIÊU ĐẾN NĂM 2030" at a congress of the 2025 - 2030 term: the heading's horizon closes the term the page names,
// so the targets under it are that term's (yearly rates, counts of targets, "mỗi năm"), while a level target is
// still the horizon year's. A horizon that closes no term on the page heads its year only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const congress = (heading: string) => `Đại hội Đảng bộ xã Phú An lần thứ I

Sáng 20/8, Đảng bộ xã Phú An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Phú An được thành lập trên cơ sở hợp nhất ba xã Phú An, Phú Hòa và Phú Lộc của huyện cũ, dân cư chủ yếu sống bằng nghề trồng lúa và cây ăn trái.

NHÌN LẠI NHIỆM KỲ 2020 - 2025

Nhiệm kỳ qua, kinh tế của ba xã cũ duy trì tăng trưởng khá dù gặp nhiều khó khăn. Giá trị sản xuất nông nghiệp tăng bình quân 5,2%/năm. Năm 2025, thu nhập bình quân đầu người ước đạt 68 triệu đồng.

${heading}

Đại hội thống nhất mục tiêu xây dựng xã Phú An đạt chuẩn đô thị loại V trước năm 2030, với 19 chỉ tiêu chủ yếu, trong đó:
- Giá trị sản xuất tăng bình quân 7 - 7,5%/năm;
- Tỷ lệ che phủ rừng đạt trên 46%;
- Thu ngân sách trên địa bàn tăng bình quân 9%/năm.
`;

describe('a target heading whose horizon closes the congress term', () => {
  const text = congress('MỤC TIÊU ĐẾN NĂM 2030');
  it('gives its yearly rates and its count of targets the term', () => {
    expect(figureAt(text, '7 - 7,5%', { published: '2025-08-21' }).period).toBe('2025/2030');
    expect(figureAt(text, '9%', { published: '2025-08-21' }).period).toBe('2025/2030');
    expect(figureAt(text, '19 chỉ tiêu', { published: '2025-08-21' }).period).toBe('2025/2030');
  });

  it('leaves a level target at the horizon year', () => {
    const f = figureAt(text, '46%', { published: '2025-08-21' });
    expect(f.period).toBe('2030');
    expect(f.modality).toBe('target');
  });

  it('does not reach a year that closes no term on the page', () => {
    const other = congress('MỤC TIÊU ĐẾN NĂM 2035');
    expect(figureAt(other, '7 - 7,5%', { published: '2025-08-21' }).period).not.toBe('2025/2030');
    expect(figureAt(other, '46%', { published: '2025-08-21' }).period).toBe('2035');
  });
});

// "NHIỆM KỲ 2020 - 2025: NHIỀU CHỈ TIÊU VƯỢT" on a page of the 2025 congress: a heading that names a term already run
// out reviews it, whatever it says of targets, so the results under it stay results; "MỤC TIÊU NHIỆM KỲ 2025 - 2030"
// still heads targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = `Đại hội Đảng bộ xã Hòa Thuận lần thứ I

Ngày 9/8, Đảng bộ xã Hòa Thuận tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã được thành lập trên cơ sở sắp xếp ba xã cũ của huyện, có hơn 35.000 dân, kinh tế chủ yếu dựa vào cây lúa, cây ăn trái và nuôi thủy sản.

NHIỆM KỲ 2020 - 2025: NHIỀU CHỈ TIÊU VƯỢT

Các đảng bộ xã cũ lãnh đạo thực hiện hoàn thành nhiệm vụ chính trị trong điều kiện có nhiều khó khăn do dịch bệnh. Hằng năm kết nạp 48 đảng viên, vượt chỉ tiêu đề ra.

MỤC TIÊU NHIỆM KỲ 2025 - 2030

Đại hội đề ra các chỉ tiêu chủ yếu:
- Thu ngân sách tăng bình quân 10%/năm;
- Mỗi năm kết nạp ít nhất 40 đảng viên mới.
`;

describe('a heading naming a term run out', () => {
  it('heads results, not targets', () => {
    const f = figureAt(text, '48 đảng viên', { published: '2025-08-10' });
    expect(f.modality).toBe('actual');
    expect(f.period).toBe('2020/2025');
  });

  it('the new term\'s heading still heads targets', () => {
    const f = figureAt(text, '40 đảng viên', { published: '2025-08-10' });
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025/2030');
  });

  it('a term ending this year, with no term after it named, still heads its targets', () => {
    const early = `Huyện ủy Tân Hiệp tổng kết năm 2024

Ngày 8/1, Huyện ủy Tân Hiệp tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025, năm cuối thực hiện Nghị quyết Đại hội Đảng bộ huyện, với quyết tâm hoàn thành toàn bộ các chỉ tiêu đã đề ra từ đầu nhiệm kỳ.

MỤC TIÊU NHIỆM KỲ 2020 - 2025

Đến hết nhiệm kỳ, huyện phấn đấu thu nhập bình quân đầu người đạt 70 triệu đồng.
`;
    expect(figureAt(early, '70 triệu đồng', { published: '2025-01-09' }).modality).toBe('target');
  });
});

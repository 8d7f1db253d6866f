// Under a heading of a term's targets ("MỤC TIÊU ĐẾN NĂM 2030" at a congress of the 2025 - 2030 term), a yearly aim ("Mỗi năm kết nạp ít nhất 40
// đảng viên") is that term's, even when a heading before reviewed the term just run; under the review heading a yearly
// result stays the term just run.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const text = `Đại hội Đảng bộ phường Long Hưng lần thứ I

Ngày 5/8, Đảng bộ phường Long Hưng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Phường được thành lập trên cơ sở sắp xếp ba phường cũ, có hơn 60.000 dân, kinh tế chủ yếu là thương mại, dịch vụ và tiểu thủ công nghiệp.

NHIỆM KỲ 2020 - 2025: VƯỢT KHÓ ĐI LÊN

Nhiệm kỳ qua, các đảng bộ phường cũ lãnh đạo thực hiện tốt nhiệm vụ chính trị trong điều kiện nhiều khó khăn do dịch bệnh. Hằng năm kết nạp 52 đảng viên mới.

MỤC TIÊU ĐẾN NĂM 2030

Đại hội đề ra các chỉ tiêu chủ yếu:
- Thu ngân sách tăng bình quân 10%/năm;
- Mỗi năm kết nạp ít nhất 40 đảng viên mới.
`;

describe('a yearly aim under a heading of the new term\'s targets', () => {
  it('is the new term\'s target', () => {
    const f = figureAt(text, '40 đảng viên', { published: '2025-08-06' });
    expect(f.period).toBe('2025/2030');
    expect(f.modality).toBe('target');
  });

  it('leaves a yearly result under the review heading to the term just run', () => {
    const f = figureAt(text, '52 đảng viên', { published: '2025-08-06' });
    expect(f.period).toBe('2020/2025');
    expect(f.modality).toBe('actual');
  });
});

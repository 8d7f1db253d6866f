// "Năm 2026, HĐND tỉnh dự kiến thông qua 24 chỉ tiêu chủ yếu" at a year-end council: how many targets the council is
// expected to adopt for the coming year is a count of targets set, as "thông qua 24 chỉ tiêu" alone is: a target, not an
// estimate. An estimate of targets reached ("ước có 20 chỉ tiêu đạt") and an estimate of an amount stay estimates.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO LÀO CAI\nThứ Tư, 10/12/2025 08:30\n\nKỳ họp thứ 6 HĐND tỉnh Lào Cai khai mạc\n\n' +
  'LCĐT - Sáng 9/12, HĐND tỉnh khai mạc kỳ họp thường lệ cuối năm 2025 để đánh giá kết quả và quyết định nhiệm vụ năm tới.\n\n';

describe('a count of targets a council is expected to set', () => {
  it('"dự kiến thông qua 24 chỉ tiêu" for next year is a target', () => {
    const f = figureAt(`${HEAD}Năm 2026, HĐND tỉnh dự kiến thông qua 24 chỉ tiêu chủ yếu. Một số chỉ tiêu chính: tăng trưởng GRDP từ 10% trở lên.`, '24 chỉ tiêu');
    expect(f.modality).toBe('target');
  });

  it('"dự kiến đề ra 18 chỉ tiêu" for next year too', () => {
    expect(figureAt(`${HEAD}Cho năm 2026, UBND tỉnh dự kiến trình HĐND đề ra 18 chỉ tiêu kinh tế - xã hội.`, '18 chỉ tiêu').modality).toBe('target');
  });

  it('an estimated amount for next year stays an estimate', () => {
    expect(figureAt(`${HEAD}Năm 2026, tỉnh dự kiến thu ngân sách 24.000 tỷ đồng.`, '24.000 tỷ đồng').modality).toBe('estimate');
  });

  it('targets estimated reached this year stay an estimate', () => {
    expect(figureAt(`${HEAD}Năm 2025, trong 25 chỉ tiêu chủ yếu, dự kiến có 22 chỉ tiêu đạt và vượt kế hoạch.`, '22 chỉ tiêu').modality).toBe('estimate');
  });
});

// A congress of the new term reports on the resolution of the one before it: "trong 22 chỉ tiêu mà Nghị quyết Đại hội
// XIX đề ra, có 18 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt". "đề ra" there names the old targets; the verdict on
// them looks back, so the sentence opens no stretch of the new term's targets. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-16' };
const congress = 'Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVIII, nhiệm kỳ 2025 - 2030 khai mạc sáng 14/10. Dự đại hội có 350 đại biểu.\n\n';

describe('a verdict on the old resolution\'s targets at the new term\'s congress', () => {
  it('counts of targets met and missed are not the new term\'s targets', () => {
    const text = congress + 'Báo cáo chính trị nêu rõ, trong số các chỉ tiêu mà Nghị quyết Đại hội XVII đề ra, có 17 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt.\n\n' +
      'Riêng năm 2025, tỉnh kết nạp 1.420 đảng viên.';
    expect(figureAt(text, '17 chỉ tiêu', opts).modality).toBe('actual');
    expect(figureAt(text, '3 chỉ tiêu', opts).modality).toBe('actual');
  });

  it('a resolution that aims for its targets to be met and passed still sets the new term\'s', () => {
    const text = congress + 'Đại hội thông qua Nghị quyết với 24 chỉ tiêu chủ yếu cho nhiệm kỳ mới, phấn đấu 100% chỉ tiêu đạt và vượt. ' +
      'Quy mô GRDP theo giá hiện hành 410.000 tỷ đồng.';
    expect(figureAt(text, '410.000 tỷ đồng', opts).modality).toBe('target');
  });
});

describe('a result that passed the old resolution\'s target by far', () => {
  it('"vượt xa mục tiêu … Nghị quyết Đại hội XVII đề ra" opens no new targets after it', () => {
    const text = congress + 'Kim ngạch xuất khẩu năm 2025 ước đạt 3,1 tỷ USD, vượt xa mục tiêu mà Nghị quyết Đại hội XVII đề ra. ' +
      'Trong 5 năm, toàn tỉnh giải quyết việc làm cho 98.000 lao động.';
    expect(figureAt(text, '98.000', opts).modality).toBe('actual');
  });

  it('a resolution that aims to pass its targets by far still sets them', () => {
    const text = congress + 'Nghị quyết Đại hội đề ra 24 chỉ tiêu chủ yếu, phấn đấu vượt xa mục tiêu về thu ngân sách. ' +
      'Quy mô GRDP theo giá hiện hành 410.000 tỷ đồng.';
    expect(figureAt(text, '410.000 tỷ đồng', opts).modality).toBe('target');
  });
});

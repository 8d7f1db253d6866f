// "kết nạp được 143 đảng viên vượt chỉ tiêu Nghị quyết đề ra" under a congress of the new term: "đề ra" names the
// target that was passed, so the sentence reports a result of the term under review, not the new term's targets.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { figureAt } from './helpers.ts';

const HEADLINE = 'Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030\n\n';

describe('a target passed, in a congress report of the new term', () => {
  it('the figure that passed the resolution\'s target is a result of the term under review', () => {
    const text = HEADLINE + 'Nhiệm kỳ 2020 - 2025, Đảng bộ xã lãnh đạo đạt nhiều kết quả tích cực; tỷ lệ hộ nghèo giảm còn 3,1%. ' +
      'Đảng bộ thành lập mới được 2 chi bộ, kết nạp được 121 đảng viên vượt chỉ tiêu Nghị quyết đề ra.';
    const f = extract(text, { published: '2025-07-20' }).figures.find((x) => x.text.startsWith('121'))!;
    expect([f.modality, f.period]).toEqual(['actual', '2020/2025']);
  });

  it('a resolution that aims to pass its targets still sets them', () => {
    const text = HEADLINE + 'Nghị quyết Đại hội đề ra 15 chỉ tiêu, phấn đấu vượt chỉ tiêu về thu ngân sách. ' +
      'Mỗi năm kết nạp mới từ 30 đảng viên trở lên.';
    expect(figureAt(text, '30 đảng viên', { published: '2025-07-20' }).modality).toBe('target');
  });
});

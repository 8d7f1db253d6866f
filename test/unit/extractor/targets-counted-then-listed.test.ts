// "Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: …; …; …": "đề ra" with a count of targets and a colon
// heads the list, so every item after a semicolon is a target too, not only the first clause. A review of targets set
// earlier ("đề ra 21 chỉ tiêu: đến nay 18 chỉ tiêu đạt và vượt") stays what happened.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-08-21' };

describe('a count of targets set, then the list', () => {
  it('every item of the list is a target', () => {
    const text = 'Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 12 chỉ tiêu cụ thể: tốc độ tăng thu ngân sách bình quân hằng năm đạt 10%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%; mỗi năm giải quyết việc làm cho trên 250 lao động.';
    expectFigure(text, '99,2%', { modality: 'target' }, opts);
    expectFigure(text, '250', { modality: 'target' }, opts);
  });
  it('a review of the targets set stays actual', () => {
    const text = 'Năm 2024, Nghị quyết HĐND xã đề ra 21 chỉ tiêu: đến nay có 18 chỉ tiêu đạt và vượt; tỷ lệ hộ nghèo giảm còn 1,2%.';
    expectFigure(text, '18', { modality: 'actual' }, { published: '2025-01-10' });
  });
});

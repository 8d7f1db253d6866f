// The office of a guest an event report lists ("Cùng dự có ông Nguyễn Minh Hùng, Phó Chủ tịch UBND TP Hải Phòng và 200
// đại biểu đại diện cho 1.450 đảng viên của Đảng bộ", "Ông …, Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo") is where
// the guest serves, not what the page speaks of: the ward's figures stay the ward's. A speaker's office with no
// attending ("Ông …, Chủ tịch UBND huyện …, cho biết") still names the place spoken of.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-08-15' };
const lead = 'Đại hội Đảng bộ phường Kinh Môn lần thứ I\n\nNgày 15/8, Đại hội đại biểu Đảng bộ phường Kinh Môn lần thứ I, nhiệm kỳ 2025-2030 bế mạc. ';

describe('a guest\'s office', () => {
  it('in a "Cùng dự có …" sentence does not take the ward\'s figures', () => {
    const text = `${lead}Cùng dự có ông Nguyễn Minh Hùng, Phó Chủ tịch UBND TP Hải Phòng và 200 đại biểu đại diện cho 1.450 đảng viên của Đảng bộ.`;
    expect(figureAt(text, '1.450 đảng viên', opts).locality).toBe('phường Kinh Môn');
  });

  it('nor when the guest\'s verb closes the sentence', () => {
    const text = `${lead}Ông Vũ Tiến Phụng, Giám đốc Sở Nội vụ TP Hải Phòng dự và chỉ đạo. Đảng bộ phường có 1.450 đảng viên.`;
    expect(figureAt(text, '1.450 đảng viên', opts).locality).toBe('phường Kinh Môn');
  });

  it('a speaker\'s office still names the place spoken of', () => {
    const text = 'Ông Trần Văn Bình, Chủ tịch UBND huyện Cái Nước cho biết, năm 2024 thu ngân sách đạt 112 tỷ đồng.';
    expect(figureAt(text, '112 tỷ đồng', opts).locality).toBe('huyện Cái Nước');
  });
});

// "Chỉ tiêu chủ yếu năm 2025" heading a council's list of next year's targets, then a paragraph of questions: "Trả lời
// chất vấn, …, đến nay đã chi trả bồi thường cho 142/186 hộ dân bị ảnh hưởng" (a town's year-end session). A sentence
// under a heading of targets that says "đến nay" tells where things stand: an actual of the report's year, not the
// heading's plan. The heading's list itself stays the plan's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-19' };
const TEXT = 'Kỳ họp cuối năm 2024 của HĐND thị xã\n\nNgày 18/12, HĐND thị xã khai mạc kỳ họp thứ 23, đánh giá tình hình kinh tế - xã hội năm 2024 và quyết định nhiệm vụ năm 2025. Năm 2024, thị xã có 16/19 chỉ tiêu đạt và vượt Nghị quyết.\n\nChỉ tiêu chủ yếu năm 2025\n\nKỳ họp thống nhất các chỉ tiêu chủ yếu năm 2025, trong đó:\n- Thu ngân sách nhà nước trên địa bàn: 680 tỷ đồng.\n- Tỷ lệ đô thị hóa: 54%.\n\nTrả lời chất vấn, Phó Chủ tịch UBND thị xã cho biết, đến nay đã hoàn thành bồi thường cho 96/120 hộ dân của dự án.';

describe('"đến nay" under a heading of targets', () => {
  it('is an actual of the report\'s year', () => {
    const f = figureAt(TEXT, '96/120', OPTS);
    expect(f.modality).toBe('actual');
    expect(f.period).toBe('2024');
  });
});

describe('the heading\'s own list', () => {
  it('stays the plan\'s', () => {
    const f = figureAt(TEXT, '680 tỷ đồng', OPTS);
    expect(f.modality).toBe('target');
    expect(f.period).toBe('2025');
  });
});

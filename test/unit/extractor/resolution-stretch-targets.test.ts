// A count of a resolution's targets ("trong 8 chỉ tiêu của Nghị quyết, có 5 chỉ tiêu có khả năng đạt vào năm 2025") on a
// page reviewing a resolution named with its stretch ("… thực hiện Nghị quyết số 12-NQ/HU … giai đoạn 2021 - 2025") is of
// that stretch, a result of it so far: the year after "vào" is when the targets fall due, not whose they are.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Ngày 20/8, Ban Thường vụ Huyện ủy Mộc Châu tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/HU về phát triển du lịch cộng đồng giai đoạn 2021 - 2025.\n\n';
const OPTS = { published: '2024-08-21' };

describe('targets of a resolution reviewed over its stretch', () => {
  it('counts of the resolution\'s targets and their verdicts are the stretch\'s results', () => {
    const text = `${LEAD}Năm 2023, toàn huyện đón 1,2 triệu lượt khách. Đánh giá chung, trong 8 chỉ tiêu của Nghị quyết, có 5 chỉ tiêu có khả năng đạt vào năm 2025; 3/8 chỉ tiêu khó đạt.`;
    for (const needle of ['8 chỉ tiêu', '5 chỉ tiêu', '3/8']) {
      const f = figureAt(text, needle, OPTS);
      expect(f.period).toBe('2021/2025');
      expect(f.modality).toBe('actual');
    }
  });

  it('a count whose sentence names its own year stays that year\'s', () => {
    const text = `${LEAD}Năm 2023, trong 8 chỉ tiêu của Nghị quyết, có 6 chỉ tiêu đạt và vượt.`;
    expect(figureAt(text, '6 chỉ tiêu', OPTS).period).toBe('2023');
  });

  it('without a stretch named with the resolution the horizon still dates the count', () => {
    const text = 'Ngày 20/8, Ban Thường vụ Huyện ủy Mộc Châu tổ chức hội nghị sơ kết thực hiện Nghị quyết số 12-NQ/HU về phát triển du lịch cộng đồng.\n\nĐánh giá chung, trong 8 chỉ tiêu của Nghị quyết, có 5 chỉ tiêu có khả năng đạt vào năm 2025.';
    expect(figureAt(text, '5 chỉ tiêu', OPTS).period).not.toBe('2021/2025');
  });
});

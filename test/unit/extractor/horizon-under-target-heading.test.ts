// Under a "Mục tiêu nhiệm kỳ 2025 - 2030" heading, a horizon named in the paragraph ("đến năm 2030, …") dates the level
// targets after it, as it does in a congress's prose; rates per year and the count of targets stay the term's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-10-15' };
const lead = 'Chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2025 - 2030 bế mạc sau ba ngày làm việc; Đại hội đã thông qua Nghị quyết và bầu Ban Chấp hành khóa mới.';
const text = `Bế mạc Đại hội Đảng bộ tỉnh lần thứ XIX\n\n${lead}\n\nMục tiêu nhiệm kỳ 2025 - 2030\n\n` +
  'Đại hội thống nhất 22 chỉ tiêu chủ yếu; đến năm 2030, GRDP bình quân đầu người đạt 6.200 USD. Tỷ lệ đô thị hóa đạt 45%; tỷ lệ hộ nghèo giảm bình quân 0,8%/năm; tỷ lệ che phủ rừng ổn định 41%.\n';
const noHorizon = `Bế mạc Đại hội Đảng bộ tỉnh lần thứ XIX\n\n${lead}\n\nMục tiêu nhiệm kỳ 2025 - 2030\n\n` +
  'Đại hội thống nhất 22 chỉ tiêu chủ yếu. Tỷ lệ đô thị hóa đạt 45%; tỷ lệ che phủ rừng ổn định 41%.\n';

describe('a horizon under a target heading', () => {
  it('a level target after "đến năm 2030" in its paragraph is that year\'s', () => {
    expect(figureAt(text, '45%', pub)).toMatchObject({ period: '2030', modality: 'target' });
    expect(figureAt(text, '41%', pub)).toMatchObject({ period: '2030', modality: 'target' });
  });

  it('a yearly rate stays the term\'s', () => {
    expect(figureAt(text, '0,8%', pub)).toMatchObject({ period: '2025/2030', modality: 'target' });
  });

  it('with no horizon in the paragraph the heading\'s term dates the targets', () => {
    expect(figureAt(noHorizon, '45%', pub)).toMatchObject({ period: '2025/2030', modality: 'target' });
  });
});

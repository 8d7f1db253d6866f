// A roundup over several districts puts each under a heading line "Place: title". The paragraphs of a section often
// name no place ("Hai chỉ tiêu chưa đạt là …"): they are the heading's place's, not the province the page is about,
// until another heading line opens a new section.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opening = 'Tháo gỡ những chỉ tiêu khó để về đích\n\nCác đảng bộ huyện trong tỉnh Bạc Liêu đã rà soát từng chỉ tiêu Nghị quyết, nhận diện những chỉ tiêu khó và đề ra giải pháp riêng cho từng việc trong năm 2024, với quyết tâm hoàn thành toàn bộ chỉ tiêu của nhiệm kỳ 2020 - 2025 đã đề ra.\n\n';
const section = 'Hồng Dân: Thu nhập còn là điểm nghẽn\n\nNăm 2023, huyện Hồng Dân đạt 16/19 chỉ tiêu Nghị quyết.\n\n';

describe('a "Place: title" heading line gives its place to the paragraphs under it', () => {
  it('a paragraph naming no place under "Hồng Dân: …" is huyện Hồng Dân\'s', () => {
    const text = `${opening}${section}Tỷ lệ lao động qua đào tạo đạt 61,5%.`;
    expect(figureAt(text, '61,5%').locality).toBe('huyện Hồng Dân');
  });
  it('a heading line with no place label ends the section', () => {
    const text = `${opening}${section}Những việc cần làm ngay\n\nTỷ lệ lao động qua đào tạo đạt 61,5%.`;
    expect(figureAt(text, '61,5%').locality).toBe('tỉnh Bạc Liêu');
  });
  it('a label that is no place ("Phóng viên: …") gives none', () => {
    const text = `${opening}Phóng viên: Những chỉ tiêu nào khó nhất\n\nTỷ lệ lao động qua đào tạo đạt 61,5%.`;
    expect(figureAt(text, '61,5%').locality).toBe('tỉnh Bạc Liêu');
  });
});

// "đạt 612.400 ha/KH 640.000 ha" in a 9-month report whose lead names the coming congress's term: the plan after the
// slash is the year's plan. A target stated on its own in the same report still takes the term.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-10-08' };
const lead = 'Đắk Lắk: kinh tế 9 tháng năm 2025\n\nSáng 7/10, Ban Thường vụ Tỉnh ủy họp đánh giá 9 tháng năm 2025 và cho ý kiến chuẩn bị Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.\n\n';

describe('a plan after a plan slash', () => {
  it('is the running figure\'s year\'s', () => {
    const text = `${lead}Diện tích gieo trồng cây hằng năm đạt 498.600 ha/KH 520.000 ha.`;
    const plan = figureAt(text, '520.000 ha', opts);
    expect([plan.modality, plan.period]).toEqual(['target', '2025']);
    expect(figureAt(text, '498.600 ha', opts).period).toBe('2025-9M');
  });
});

describe('a target of the term stated on its own', () => {
  it('keeps the term', () => {
    const text = `${lead}Nhiệm kỳ 2025 - 2030, tỉnh phấn đấu tốc độ tăng trưởng GRDP bình quân đạt 10%/năm.`;
    expect(figureAt(text, '10%', opts).period).toBe('2025/2030');
  });
});

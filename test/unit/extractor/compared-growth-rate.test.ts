// "tăng 7,85%, chỉ thấp hơn tốc độ tăng 9,44% của cùng kỳ năm 2022": statistics pages set a growth rate beside an
// earlier one. The earlier rate is still a rise — the comparative says how the two stand, not which way that rate
// moved. (The corpora annotate "cao hơn mức tăng 7,6% của năm 2024" the same way: a change up.) Pattern from real
// national and provincial statistics pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-06' };

describe('a growth rate named after "thấp hơn"/"cao hơn" keeps its own direction', () => {
  it('"thấp hơn tốc độ tăng X%" is a rise', () => {
    const text = 'GRDP 9 tháng ước tăng 7,1% so với cùng kỳ, thấp hơn tốc độ tăng 8,3% của cùng kỳ năm 2023.';
    expectFigure(text, '8,3%', { kind: 'change', direction: 'up' }, pub);
  });
  it('"cao hơn mức giảm X%" is a fall', () => {
    const text = 'Số vụ tai nạn giao thông giảm 12,5%, cao hơn mức giảm 6,2% của năm trước.';
    expectFigure(text, '6,2%', { kind: 'change', direction: 'down' }, pub);
  });
});

describe('what stays a comparison', () => {
  it('a gap after "thấp hơn" with no rate named is a fall by that much', () => {
    const text = 'Tỷ lệ giải ngân đạt 52%, thấp hơn cùng kỳ 4,5 điểm phần trăm.';
    expectFigure(text, '4,5 điểm phần trăm', { direction: 'down' }, pub);
  });
});

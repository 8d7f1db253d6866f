// A season with its year that opens a later sentence of its paragraph ("Vụ Thu Đông năm 2024 xuống giống …") goes on
// dating the sentences about its rice, but a sentence on another crop ("Hiện toàn huyện có 9.400 ha hồ tiêu") is back in
// the stretch the report runs in.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện Chư Sê: 9 tháng thu ngân sách đạt 81% dự toán\n\n' +
  'Sáng 3/10, UBND huyện Chư Sê họp phiên thường kỳ tháng 9 đánh giá tình hình kinh tế - xã hội 9 tháng đầu năm 2024 và bàn giải pháp thực hiện nhiệm vụ quý IV.\n\n';
const opts = { published: '2024-10-04' };

describe('a season opening a later sentence, then another crop', () => {
  it('dates another crop by the report stretch', () => {
    const text = HEAD + 'Sản xuất nông nghiệp ổn định. Vụ Thu Đông năm 2024 xuống giống được 2.150 ha. Hiện toàn huyện có 9.400 ha hồ tiêu, giá tiêu dao động 140.000 - 145.000 đồng/kg.\n';
    expect(figureAt(text, '2.150 ha', opts).period).toBe('2024');
    expect(figureAt(text, '9.400 ha', opts).period).toBe('2024-9M');
    expect(figureAt(text, '140.000', opts).period).toBe('2024-9M');
  });

  it('keeps the season for a sentence on its sowing that names no other crop', () => {
    const text = HEAD + 'Sản xuất nông nghiệp ổn định. Vụ Thu Đông năm 2024 xuống giống được 2.150 ha. Diện tích gieo cấy vụ Mùa đạt 3.400 ha, đạt 101% kế hoạch.\n';
    expect(figureAt(text, '3.400 ha', opts).period).toBe('2024');
  });
});

// A former province named by its area after "cao hơn / thấp hơn" ("cao hơn khu vực Khánh Hòa cũ 1,4 điểm phần trăm") is
// the comparison's yardstick: the gap is the subject's. A figure in a bracket right after it is its own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Ngày 14/7, UBND tỉnh Khánh Hòa họp đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2025 (số liệu gộp hai tỉnh cũ).\n\n';

describe('a former area compared with', () => {
  it('does not own the gap after it', () => {
    const text = `${LEAD}Tăng trưởng của khu vực Ninh Thuận cũ đạt 9,6%, cao hơn khu vực Khánh Hòa cũ 1,4 điểm phần trăm.`;
    expect(figureAt(text, '1,4 điểm phần trăm').locality).toBe('tỉnh Ninh Thuận');
  });

  it('owns a bracketed figure right after it', () => {
    const text = `${LEAD}Tỷ lệ hộ nghèo khu vực Ninh Thuận cũ là 3,12%, cao gấp 2,5 lần khu vực Khánh Hòa cũ (1,25%).`;
    expect(figureAt(text, '1,25%').locality).toBe('tỉnh Khánh Hòa');
  });
});

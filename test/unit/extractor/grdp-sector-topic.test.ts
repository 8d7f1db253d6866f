// A sector named in a breakdown of the GRDP ("khu vực công nghiệp - xây dựng tăng 8,96%") is no topic of the later
// sentences of its paragraph: growths by area after it are the GRDP's. A sentence that names its own measure keeps it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const LEAD = 'Ngày 8/7, Tỉnh ủy họp đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2026.\n\n';
const BREAKDOWN = 'Tổng sản phẩm trên địa bàn (GRDP) 6 tháng ước tăng 7,12% so với cùng kỳ; trong đó khu vực nông, lâm nghiệp và thủy sản ' +
  'tăng 4,85%, khu vực công nghiệp - xây dựng tăng 8,96%, khu vực dịch vụ tăng 7,64%.';

describe('a sector of a GRDP breakdown', () => {
  it('is no topic of the next sentence', () => {
    const text = `${LEAD}${BREAKDOWN} Xét theo địa bàn, khu vực phía Bắc tăng 7,48%, khu vực phía Nam tăng 6,35%.`;
    expect(figureAt(text, '7,48%').indicator).toBe('grdp_growth');
    expect(figureAt(text, '6,35%').indicator).toBe('grdp_growth');
  });

  it('leaves a sentence that names its own measure alone', () => {
    const text = `${LEAD}${BREAKDOWN} Chỉ số sản xuất công nghiệp tăng 9,42%.`;
    expect(figureAt(text, '9,42%').indicator).toBe('industrial_production_index');
  });
});

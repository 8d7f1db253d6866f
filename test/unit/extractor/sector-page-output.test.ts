// On a sector's own report the bare "giá trị sản xuất" is that sector's output value: in a headline that reviews the
// sector ("Tổng kết ngành Nông nghiệp năm 2024: Giá trị sản xuất tăng …") or names its months after the colon ("Ngành
// Nông nghiệp …: 6 tháng đầu năm 2026 giá trị sản xuất tăng …"), and after a bare "ngành" as the subject ("ngành phấn đấu
// giá trị sản xuất tăng …"), which points back to the sector the page named. Found by holdout39/005 and 007.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-01-02' };

describe('the output value of the sector a page reports on', () => {
  it('a headline reviewing the sector, or naming months after its colon', () => {
    expectFigure('Tổng kết ngành Nông nghiệp năm 2024: Giá trị sản xuất tăng 3,62%\n\nNgày 27/12, Sở tổ chức hội nghị.', '3,62%',
      { indicator: 'agricultural_output_value' }, opts);
    expectFigure('Ngành Công nghiệp Bắc Ninh: 9 tháng đầu năm 2024 giá trị sản xuất tăng 8,5%\n\nSở Công Thương cho biết.', '8,5%',
      { indicator: 'industrial_output_value' }, opts);
  });
  it('a bare "ngành" as the subject points back to the sector the page named', () => {
    const text = 'Ngành nông nghiệp tỉnh tổng kết năm 2024\n\nNăm 2024, tổng diện tích gieo trồng đạt 118.450 ha.\n\n' +
      'Năm 2025, ngành phấn đấu giá trị sản xuất tăng 3,5 - 4%.';
    expectFigure(text, '3,5 - 4%', { indicator: 'agricultural_output_value' }, opts);
  });
  it('a page that names no sector keeps the total output value', () => {
    const text = 'Huyện tổng kết năm 2024\n\nNăm 2025, huyện phấn đấu giá trị sản xuất tăng 9%.';
    expectFigure(text, '9%', { indicator: 'total_output_value' }, opts);
  });
});

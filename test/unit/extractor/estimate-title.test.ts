// An infographic titled "ƯỚC TÍNH 6 THÁNG ĐẦU NĂM 2026" on a line of its own makes its short panel lines estimates; the
// report's prose after the panels, and a sentence that opens with "Ước tính" and states a figure, are not titled so.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const PAGE = 'Sáu tháng đầu năm 2026, kinh tế tỉnh tăng khá.\n\nƯỚC TÍNH 6 THÁNG ĐẦU NĂM 2026\n\nTHU NGÂN SÁCH NHÀ NƯỚC\n' +
  '34.560 tỷ đồng\n\nXUẤT KHẨU\n13,42 tỷ USD\n\nTheo Thống kê tỉnh, tăng trưởng 6 tháng chủ yếu nhờ khu vực công nghiệp - xây dựng ' +
  'tăng 10,6%, trong khi nhiều doanh nghiệp đã có thêm đơn hàng mới cho các tháng cuối năm.';

describe('an estimate title over infographic panels', () => {
  it('the panels under the title are estimates', () => {
    expect(figureAt(PAGE, '34.560 tỷ đồng').modality).toBe('estimate');
    expect(figureAt(PAGE, '13,42 tỷ USD').modality).toBe('estimate');
  });

  it('the prose paragraph after the panels speaks for itself', () => {
    expect(figureAt(PAGE, '10,6%').modality).toBe('actual');
  });

  it('a line that opens with "Ước tính" but states a figure titles nothing after it', () => {
    const text = 'Ước tính GRDP tăng 9%\n\nTHU NGÂN SÁCH\n34.560 tỷ đồng';
    expect(figureAt(text, '34.560 tỷ đồng').modality).toBe('actual');
  });
});

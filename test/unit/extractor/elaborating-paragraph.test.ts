// "… những thành tựu nổi bật của tỉnh trong 7 tháng đầu năm 2025.\n\nCụ thể, GRDP đạt 9,63%": a paragraph that opens
// by elaborating the one before ("Cụ thể,", "Theo đó,", "Trong đó,") goes on in that paragraph's period; any other
// paragraph returns to the report's frame.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-08-08' };
const head = 'Tây Ninh đạt nhiều kết quả\n\nNgày 7/8, HĐND tỉnh Tây Ninh tổ chức kỳ họp thường lệ giữa năm 2025.\n\nPhát biểu khai mạc, Chủ tịch HĐND tỉnh nhấn mạnh những thành tựu nổi bật của tỉnh trong 7 tháng đầu năm 2025.\n\n';

describe('a paragraph that elaborates the one before', () => {
  it('"Cụ thể," goes on in the period of the paragraph before', () => {
    expectFigure(`${head}Cụ thể, tốc độ tăng trưởng kinh tế (GRDP) đạt 9,63%, đứng đầu khu vực phía Nam.`, '9,63%', { period: '2025-7M' }, opts);
  });
  it('a paragraph that opens otherwise returns to the report\'s frame', () => {
    expectFigure(`${head}Tốc độ tăng trưởng kinh tế (GRDP) cả năm 2024 của tỉnh đạt 9,63%.\n\nThu ngân sách đạt 31.000 tỷ đồng.`, '31.000 tỷ đồng', { period: '2025' }, opts);
  });
});

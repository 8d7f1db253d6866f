// Headlines name the months a figure sums right after the economy or its growth: "tăng trưởng GRDP 9 tháng từ 8% trở
// lên", "Kinh tế - xã hội 9 tháng khởi sắc". The months are the period whatever word follows; a length of time after another
// noun is still no period.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-11-08' };

describe('months named right after growth or the economy', () => {
  it('"GRDP 9 tháng từ 8%" in a headline dates its figures to nine months', () => {
    const text = '16 địa phương tăng trưởng GRDP 9 tháng từ 8% trở lên\n\nChiều 8/11, Văn phòng Chính phủ tổ chức họp báo thường kỳ.';
    expect(figureAt(text, '8%', OPTS)).toMatchObject({ indicator: 'grdp_growth', period: '2025-9M', bound: 'at_least' });
  });

  it('"Kinh tế - xã hội 9 tháng khởi sắc" in a headline frames the report', () => {
    const text = 'Kinh tế - xã hội 9 tháng khởi sắc\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 99.354 tỷ đồng, tăng 14,28% so với cùng kỳ.';
    expect(figureAt(text, '99.354 tỷ đồng', OPTS)).toMatchObject({ indicator: 'retail_sales', period: '2025-9M' });
  });

  it('a project lasting 9 months is no period', () => {
    const text = 'Dự án có tổng mức đầu tư 120 tỷ đồng, thời gian thi công 9 tháng từ ngày khởi công.';
    expect(figureAt(text, '120 tỷ đồng', OPTS).period).not.toBe('2025-9M');
  });
});

// A page that profiles one company ("Công ty TNHH …", then "công ty" alone again and again) tells that company's own
// exports, workers, wages and plans: one producer's figures, as a cooperative's are (one-producer.ts), not the place's.
// The province's figures on the same page still count. Found by holdout42/006 (an enterprise story in Báo Hưng Yên).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-11-20' };

describe('a page about one company', () => {
  it('the company\'s own figures are its own; the province\'s stay figures', () => {
    const text = [
      'Công ty TNHH Giày da Minh Phát tại KCN Đồng Văn đang tuyển thêm công nhân cho các đơn hàng cuối năm.',
      'Giám đốc công ty cho biết, năm nay doanh nghiệp xuất khẩu khoảng 42 triệu USD. Hiện công ty có 1.800 công nhân, thu nhập bình quân 9,8 triệu đồng/người/tháng.',
      'Theo Sở Công Thương, 10 tháng năm 2025, kim ngạch xuất khẩu toàn tỉnh đạt 5,6 tỷ USD, tăng 12,3% so với cùng kỳ.',
    ].join('\n\n');
    expectNoFigureAt(text, '42 triệu USD', opts);
    expectNoFigureAt(text, '1.800 công nhân', opts);
    expectNoFigureAt(text, '9,8 triệu', opts);
    expectFigure(text, '5,6 tỷ USD', { kind: 'level', indicator: 'export_value' }, opts);
  });
  it('a report that names companies in passing keeps their figures', () => {
    const text = 'Năm 2025, Công ty Điện lực tỉnh đã đầu tư 320 tỷ đồng cải tạo lưới điện nông thôn; điện thương phẩm đạt 4.250 triệu kWh.';
    expectFigure(text, '320 tỷ đồng', { kind: 'level' }, opts);
  });
});

// A sentence that opens on "Trong đó," right after a stock counted at a cut-off breaks that stock down ("… có 214.300
// hội viên. Trong đó, khu vực A có 120.100 hội viên, khu vực B có 94.200 hội viên"): each of its levels stands at the
// same date. After a flow it stays a flow.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-07-03' };

describe('a "Trong đó," sentence after a stock', () => {
  it('the parts of accounts activated to 30/6 stand at June', () => {
    const text = 'Tính đến ngày 30/6/2025, toàn tỉnh đã kích hoạt 846.200 tài khoản định danh điện tử, đạt 84,2% số công dân đủ điều kiện. ' +
      'Trong đó, thị xã Ninh Hòa đạt 88,6%, huyện Vạn Ninh đạt 79,4%.';
    expectFigure(text, '88,6%', { period: '2025-M06' }, opts);
    expectFigure(text, '79,4%', { period: '2025-M06' }, opts);
  });

  it('the parts of dossiers received to 30/6 are summed over the months', () => {
    const text = 'Tính đến ngày 30/6/2025, toàn tỉnh tiếp nhận 402.600 hồ sơ trực tuyến. Trong đó, thị xã Ninh Hòa tiếp nhận 61.300 hồ sơ.';
    expectFigure(text, '61.300', { period: '2025-H1' }, opts);
  });
});

// Digital-identity accounts activated to a cut-off ("Tính đến ngày 31/10/2025, … đã kích hoạt 1.204.300 tài khoản định
// danh điện tử, đạt 88,1% …") stand at that date, as a count of members does: the cut-off's month, not the months
// summed to it. Dossiers received to the same date stay a flow.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const text = 'Tính đến ngày 31/10/2025, toàn tỉnh đã kích hoạt 1.204.300 tài khoản định danh điện tử mức độ 2, đạt 88,1% số công dân đủ điều kiện. ' +
  'Tính đến ngày 31/10/2025, hệ thống tiếp nhận 640.200 hồ sơ trực tuyến.';

describe('identity accounts at a cut-off', () => {
  it('the accounts activated and their share stand at the cut-off month', () => {
    expectFigure(text, '1.204.300', { period: '2025-M10' }, { published: '2025-11-05' });
    expectFigure(text, '88,1%', { period: '2025-M10' }, { published: '2025-11-05' });
  });

  it('dossiers received to the same date are summed over the months', () => {
    expectFigure(text, '640.200', { period: '2025-10M' }, { published: '2025-11-05' });
  });
});

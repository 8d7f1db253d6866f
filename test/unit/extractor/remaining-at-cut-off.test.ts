// "Tính đến 30/11/2025, toàn tỉnh có 3,01 triệu người tham gia BHYT … Tuy nhiên, vẫn còn 14 xã có tỷ lệ bao phủ dưới
// 90%": what still remains ("vẫn còn", "hiện còn") at a report's cut-off is a stock, dated to the cut-off month, not
// the months summed up to it. Pattern from real provincial pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-12-10' };

describe('what remains at a cut-off is a stock of that month', () => {
  it('"vẫn còn 14 xã" after a cut-off sentence', () => {
    const text = 'Tính đến 30/11/2025, toàn tỉnh có 3.012.540 người tham gia bảo hiểm y tế. Tuy nhiên, vẫn còn 12 xã có tỷ lệ bao phủ dưới 90%.';
    expectFigure(text, '12 xã', { period: '2025-M11' }, pub);
  });
  it('a flow after the same cut-off stays the months elapsed', () => {
    const text = 'Tính đến 30/11/2025, toàn tỉnh giải quyết việc làm cho 31.200 lao động.';
    expectFigure(text, '31.200 lao động', { period: '2025-11M' }, pub);
  });
});

// "Mười một tháng năm 2024, kim ngạch …": the eleven months a report sums, spelled in two words, are 11M as "11 tháng"
// and "Mười tháng" are. Found by holdout39/003 (durian exports over 11 months).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-11-28' };

describe('eleven months spelled out', () => {
  it('"Mười một tháng năm 2024" dates its paragraph and frames the report', () => {
    const text = 'Sầu riêng xuất khẩu tăng mạnh\n\nMười một tháng năm 2024, kim ngạch xuất khẩu sầu riêng của tỉnh ước đạt 467 triệu USD.\n\n' +
      'Các doanh nghiệp đã xuất khẩu 152.300 tấn sầu riêng.';
    expectFigure(text, '467 triệu USD', { period: '2024-11M' }, opts);
    expectFigure(text, '152.300 tấn', { period: '2024-11M' }, opts);
  });
  it('"mười một" counting something else names no months', () => {
    expectFigure('Năm 2024, mười một hợp tác xã được hỗ trợ 1,2 tỷ đồng.', '1,2 tỷ đồng', { period: '2024' }, opts);
  });
});

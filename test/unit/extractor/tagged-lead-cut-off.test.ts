// A lead that opens on the dateline's tag and then a cut-off ("(CT) - Tính đến ngày 30/9/2025, …") counts stocks to that
// date for the rest of its paragraph, as the same lead without the tag does: a later sentence of it still stands at
// the cut-off's month.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const lead = (tag: string) => `Bình Định: hơn 1,1 triệu tài khoản\n\n${tag}Tính đến ngày 31/8/2025, toàn tỉnh có 1.120.400 đảng viên và hội viên. ` +
  'Hiện còn 2.310 hộ chưa có nhà ở kiên cố.\n\nTrong 8 tháng, toàn tỉnh tiếp nhận 402.100 hồ sơ.';

describe('a cut-off after the dateline\'s tag', () => {
  it('a later sentence of the tagged lead stands at the cut-off month', () => {
    expectFigure(lead('(BĐ) - '), '2.310 hộ', { period: '2025-M08' }, { published: '2025-09-04' });
  });

  it('reads as the untagged lead does', () => {
    expectFigure(lead(''), '2.310 hộ', { period: '2025-M08' }, { published: '2025-09-04' });
  });

  it('a flow of the next paragraph is still summed over the months', () => {
    expectFigure(lead('(BĐ) - '), '402.100 hồ sơ', { period: '2025-8M' }, { published: '2025-09-04' });
  });
});

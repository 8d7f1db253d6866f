// Market-control pages name the anti-smuggling steering committee and its teams by the decision that set them up:
// "Đoàn kiểm tra liên ngành 389 tỉnh đã kiểm tra 126 lượt cơ sở", "BCĐ 389 tỉnh". The 389 is a name, not 389 provinces;
// the team's own tally after it is a figure.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-12-28' };

describe('an inspection team named by its decision', () => {
  it('"Đoàn kiểm tra liên ngành 389 tỉnh" is a name', () => {
    const text = 'Trong tháng, Đoàn kiểm tra liên ngành 389 tỉnh đã kiểm tra 126 lượt cơ sở kinh doanh.';
    expectNoFigureAt(text, '389', opts);
    expect(figureAt(text, '126', opts).value).toBe(126);
  });

  it('"BCĐ 389 tỉnh" is a name', () => {
    expectNoFigureAt('Theo BCĐ 389 tỉnh, năm 2024 các lực lượng chức năng đã bắt giữ 1.250 vụ buôn lậu.', '389', opts);
  });
});

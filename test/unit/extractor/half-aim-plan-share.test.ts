// "Trong 6 tháng cuối năm, huyện phấn đấu hoàn thành 100% kế hoạch thu ngân sách, xuống giống vụ Thu Đông 38.000 ha": the
// share of the plan is where the year should close, the year's; the half's own flow stays the half's, and a share of a
// plan named for the half stays the half's too.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-07-11' };

describe("a second half's aim at a share of the plan", () => {
  it('is the year\'s; the half\'s own flow is the half\'s', () => {
    const text = `Huyện Thoại Sơn

Trong 6 tháng cuối năm 2023, huyện phấn đấu hoàn thành 100% kế hoạch thu ngân sách, xuống giống vụ Thu Đông 38.000 ha; giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn.`;
    expect(figureAt(text, '100%', opts).period).toBe('2023');
    expect(figureAt(text, '95%', opts).period).toBe('2023');
    expect(figureAt(text, '38.000 ha', opts).period).toBe('2023-H2');
  });

  it('a plan named for the half keeps the half', () => {
    const text = `Huyện Thoại Sơn

Trong 6 tháng cuối năm 2023, huyện phấn đấu thu ngân sách đạt 100% kế hoạch 6 tháng cuối năm.`;
    expect(figureAt(text, '100%', opts).period).toBe('2023-H2');
  });
});

describe('an item of a list under a heading that names the half', () => {
  it('stays the half\'s', () => {
    const text = `Tỉnh Khánh Hòa

Nhiệm vụ 6 tháng cuối năm 2024, tỉnh phấn đấu:

- Thu ngân sách 6 tháng cuối năm đạt 8.900 tỷ đồng;
- Giải ngân 100% kế hoạch vốn đầu tư công;`;
    expect(figureAt(text, '100%', { published: '2024-07-12' }).period).toBe('2024-H2');
  });
});

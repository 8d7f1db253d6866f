// "phường trao 1.250 phần quà Tết cho hộ nghèo, cận nghèo với tổng trị giá 625 triệu đồng": the total value of gifts
// or aid handed out measures nothing the spec names, even after a paragraph on the budget; the budget's own figure, and
// capital bought in "góp vốn, mua cổ phần trị giá …" (FDI), keep theirs.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2026-01-22', locality: 'phường Long Châu' };
const page = 'Tổng kết năm 2025\n\nNăm 2025, tổng thu ngân sách trên địa bàn phường đạt 96,4 tỷ đồng, đạt 128% dự toán.\n\n' +
  'Công tác an sinh xã hội được quan tâm; phường trao 1.250 phần quà Tết cho hộ nghèo, cận nghèo với tổng trị giá 625 triệu đồng.';

describe('the total value of gifts', () => {
  it('takes no indicator from the budget before it', () => {
    expectFigure(page, '625 triệu đồng', { kind: 'level', unit: 'VND', indicator: undefined }, opts);
  });

  it('leaves the budget and bought-in capital as they were', () => {
    expectFigure(page, '96,4 tỷ đồng', { indicator: 'budget_revenue' }, opts);
    expectFigure('Năm 2025, tỉnh thu hút 18 dự án FDI mới và 91 lượt góp vốn, mua cổ phần trị giá 120 triệu USD.', '120 triệu USD', { indicator: 'fdi' }, { published: '2026-01-05', locality: 'tỉnh Vĩnh Long' });
  });
});

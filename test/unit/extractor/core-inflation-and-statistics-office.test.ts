// "Bình quân 10 tháng năm 2025, CPI tăng 3,27% so với cùng kỳ năm trước; lạm phát cơ bản tăng 3,20%": core inflation
// leaves food and energy out and is no consumer price index. And since 2025 the national statistics office is the
// "Cục Thống kê (Bộ Tài chính)": a report it publishes is the country's. Pattern from real national pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-11-06' };

describe('core inflation is not the CPI', () => {
  const text = 'Bình quân 10 tháng năm 2025, CPI tăng 3,17% so với cùng kỳ năm trước; lạm phát cơ bản tăng 3,10%.';
  it('the CPI keeps its id', () => {
    expectFigure(text, '3,17%', { indicator: 'cpi' }, pub);
  });
  it('core inflation takes none', () => {
    expectFigure(text, '3,10%', { indicator: undefined }, pub);
  });
});

describe('the Ministry of Finance\'s statistics office speaks for the country', () => {
  it('"Cục Thống kê (Bộ Tài chính)"', () => {
    expectFigure('Theo Cục Thống kê (Bộ Tài chính), CPI tháng 10 tăng 0,21% so với tháng trước.', '0,21%', { locality: 'cả nước' }, pub);
  });
});
